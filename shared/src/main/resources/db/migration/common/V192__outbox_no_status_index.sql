-- The outbox loses its index led by the status. Portable SQL.
--
-- Only the hourly purge of old sent and parked rows used it, and every claim and every recorded send wrote to it (the
-- status and updated_at change each time). Worse, PostgreSQL's statistics of the outbox are those of before the
-- fan-out that just filled it, when every row was sent: they say almost no row is pending or claimed, so the planner
-- looked a channel's unsettled rows up through this index, reading every pending row of every channel once for each
-- row claimed (bench fanout --platform slack --channels 2000 --instances 2: most of the database's time). Without it
-- a channel's rows are found through outbox_channel_status (channel_key, status), and the purge reads the table.
DROP INDEX outbox_updated;
