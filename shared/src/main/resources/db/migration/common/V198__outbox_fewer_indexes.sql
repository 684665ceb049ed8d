-- Two indexes every claim or recorded answer wrote to and no plan needs. Portable SQL.
--
-- outbox_claimed_lease (lease_until) WHERE status = 'claimed': the rows claimed right now are few, and
-- outbox_claimed_owner (claimed_by) WHERE status = 'claimed' finds them all for the look for expired leases as well
-- (reading the whole of that small index). Each claim wrote an entry into both; and with lease_until indexed, renewing
-- a lease (every few seconds, every claimed row) could never update a row in place (a HOT update on PostgreSQL).
-- channel_requests_age (platform, answered_at): only the purge of answers past every window used it, a delete once
-- every few seconds that PostgreSQL planned as a scan of the (small) table anyway, while every answer recorded wrote an
-- entry (bench fanout --platform slack --channels 2000 --instances 2: one per message).
DROP INDEX outbox_claimed_lease;
DROP INDEX channel_requests_age;
