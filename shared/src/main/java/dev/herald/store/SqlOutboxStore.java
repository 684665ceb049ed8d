package dev.herald.store;

import dev.herald.model.AlertRecord;
import dev.herald.model.Briefing;
import dev.herald.model.ChannelKey;
import dev.herald.model.DeliveryKind;
import dev.herald.model.Platform;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

final class SqlOutboxStore implements OutboxStore {
  private static final String COLUMNS = "id, idem_key, channel_key, kind, story_id, story_version, banner,"
      + " target_message, status, attempts, rate_limited, maybe_posted, next_attempt_at, last_error, message_id,"
      + " created_at";
  private static final String PENDING = DeliveryState.PENDING.key();
  private static final String CLAIMED = DeliveryState.CLAIMED.key();
  private static final String SENT = DeliveryState.SENT.key();
  private static final String PARKED = DeliveryState.PARKED.key();
  private static final String UPDATE = DeliveryKind.UPDATE.key();

  private final Database db;
  private final Clock clock;

  SqlOutboxStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public int enqueue(List<OutboxEntry> entries) {
    if (entries.isEmpty()) return 0;
    return db.write(c -> insert(c, entries));
  }

  private int insert(Connection c, List<OutboxEntry> entries) throws SQLException {
    long id = Sql.nextIds(c, "outbox", entries.size());
    Instant now = clock.instant();
    int added = 0;
    for (OutboxEntry e : entries) {
      added += Sql.update(c, "INSERT INTO outbox (id, idem_key, platform, channel_key, kind, story_id, story_version,"
              + " banner, target_message, status, attempts, rate_limited, maybe_posted, next_attempt_at, created_at,"
              + " updated_at) VALUES (" + Sql.placeholders(16) + ") ON CONFLICT (idem_key) DO NOTHING",
          id++, e.key(), e.channel().platform().key(), e.channel().toString(), e.kind().key(), e.storyId(),
          e.storyVersion(), e.banner().orElse(null), e.targetMessage().orElse(null), PENDING, 0, 0, false,
          e.notBefore(), now, now);
    }
    return added;
  }

  @Override
  public boolean enqueueAlert(OutboxEntry entry, AlertRecord a) {
    return db.write(c -> {
      if (insert(c, List.of(entry)) == 0) return false;
      Sql.update(c, "INSERT INTO alert_history (channel_key, story_id, story_version, outlets, topic, growth,"
              + " alerted_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (channel_key, story_id, story_version) DO NOTHING",
          a.channel().toString(), a.storyId(), a.storyVersion(), a.outlets(), a.topic(), a.growth(), a.at());
      return true;
    });
  }

  @Override
  public boolean enqueueBriefing(BriefingRun run, Optional<Briefing> briefing, List<OutboxEntry> entries) {
    return db.write(c -> {
      if (!SqlDeliveryHistoryStore.insertRun(c, run)) return false;
      if (briefing.isPresent()) SqlBriefingStore.insert(c, briefing.get(), clock.instant());
      if (!entries.isEmpty()) insert(c, entries);
      return true;
    });
  }

  @Override
  public List<OutboxRow> pending(Platform platform, int limit) {
    return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM outbox WHERE platform = ? AND status = ?"
        + " ORDER BY id LIMIT ?", SqlOutboxStore::row, platform.key(), PENDING, limit));
  }

  @Override
  public List<OutboxRow> pendingAfter(Platform platform, long afterId, int limit) {
    return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM outbox WHERE platform = ? AND status = ? AND id > ?"
        + " ORDER BY id LIMIT ?", SqlOutboxStore::row, platform.key(), PENDING, afterId, limit));
  }

  @Override
  public List<OutboxRef> pendingRefs(Platform platform, long afterId, int limit) {
    return db.read(c -> Sql.list(c, "SELECT id, channel_key FROM outbox WHERE platform = ? AND status = ? AND id > ?"
        + " ORDER BY id LIMIT ?", rs -> new OutboxRef(rs.getLong(1), rs.getString(2)), platform.key(), PENDING,
        afterId, limit));
  }

  /**
   * Looked up by id only ({@link #byIdOnly}), a statement per {@link Sql#IN_CHUNK} ids: SQLite's limit on parameters,
   * and on PostgreSQL a list the planner still looks up by id (given the 4,300 ids of half a fan-out at once it
   * read the whole outbox instead, 95 ms at load 16).
   */
  @Override
  public List<OutboxRow> pendingRows(Collection<Long> ids) {
    if (ids.isEmpty()) return List.of();
    List<Long> sorted = new ArrayList<>(new TreeSet<>(ids));
    boolean postgres = db.vendor() == Database.Vendor.POSTGRESQL;
    return db.read(c -> {
      List<OutboxRow> out = new ArrayList<>(sorted.size());
      for (List<Long> chunk : Sql.chunks(sorted)) {
        out.addAll(postgres
            ? Sql.list(c, "SELECT " + COLUMNS + " FROM outbox WHERE id = ANY (?) AND " + byIdOnly("status")
                + " ORDER BY id", SqlOutboxStore::row, Sql.longs(c, chunk), PENDING)
            : Sql.list(c, "SELECT " + COLUMNS + " FROM outbox WHERE id IN (" + Sql.placeholders(chunk.size())
                + ") AND " + byIdOnly("status") + " ORDER BY id", SqlOutboxStore::row, Sql.concat(chunk, PENDING)));
      }
      return out;
    });
  }

  /** PostgreSQL: sequence values are taken when rows are inserted, and concurrent transactions commit in any order. */
  @Override
  public Duration commitSkew() {
    return db.vendor() == Database.Vendor.POSTGRESQL ? Duration.ofSeconds(5) : Duration.ZERO;
  }

  @Override
  public OutboxClaim claim(Collection<Long> ids, String owner, Instant leaseUntil, ChannelPacing pacing) {
    if (ids.isEmpty()) return new OutboxClaim(List.of(), Set.of(), Map.of());
    return db.write(c -> {
      Instant now = clock.instant();
      if (db.vendor() == Database.Vendor.POSTGRESQL) return claimShared(c, ids, owner, leaseUntil, pacing, now);
      List<Long> claimed = claimEach(c, ids, owner, leaseUntil, pacing, now);
      if (claimed.size() == ids.size()) return new OutboxClaim(claimed, Set.of(), Map.of());
      return refusals(c, ids, claimed, pacing, now);
    });
  }

  /**
   * The condition that keeps a channel's limit, on an outbox row aliased {@code o}: fewer than the burst of requests
   * answered within the window. Its two parameters come from {@link #paceParams}.
   */
  private static String paced(ChannelPacing pacing, String alias) {
    if (!pacing.limited()) return "";
    return " AND (SELECT COUNT(*) FROM channel_requests r WHERE r.channel_key = " + alias + ".channel_key"
        + " AND r.answered_at > ?) < ?";
  }

  private static List<Object> paceParams(ChannelPacing pacing, Instant now) {
    if (!pacing.limited()) return List.of();
    // answers are kept rounded up to the millisecond and the window's start too: an answer counts while it is inside
    return List.of(windowStart(pacing, now), pacing.burst());
  }

  private static long windowStart(ChannelPacing pacing, Instant now) {
    return ceilMillis(now.minus(pacing.window()));
  }

  private static long ceilMillis(Instant t) {
    long ms = t.toEpochMilli();
    return t.getNano() % 1_000_000 == 0 ? ms : ms + 1;
  }

  /** The claim on SQLite, which one Herald process uses at a time: row by row, in one transaction. */
  private static List<Long> claimEach(Connection c, Collection<Long> ids, String owner, Instant leaseUntil,
      ChannelPacing pacing, Instant now) throws SQLException {
    List<Long> claimed = new ArrayList<>();
    String sql = "UPDATE outbox SET status = ?, claimed_by = ?, lease_until = ?, maybe_posted = 1, updated_at = ?"
        + " WHERE id = ? AND status = ?" + paced(pacing, "outbox");
    try (Sql.Statements s = new Sql.Statements(c)) {
      for (long id : ids) {
        List<Object> params = new ArrayList<>(List.of(CLAIMED, owner, leaseUntil, now, id, PENDING));
        params.addAll(paceParams(pacing, now));
        if (s.update(sql, params.toArray()) == 1) claimed.add(id);
      }
    }
    return claimed;
  }

  /**
   * The claim when other instances claim from the same outbox (PostgreSQL). First the channels' rows are locked
   * ({@code FOR NO KEY UPDATE SKIP LOCKED}: a channel another instance is claiming in right now is skipped, and
   * enqueueing, which only takes a key-share lock through the foreign key, is not blocked). Every claim takes these
   * locks first, so while they are held no other instance claims in those channels: the channels' unsettled rows and
   * their recent answers, read next (in statements that see everything committed before the locks were granted), say
   * what may be claimed. A row is claimed unless another owner has a row of its channel in flight, an earlier post of
   * its channel is still waiting (the order {@code ChannelQueues} keeps within one instance) or the channel's limit is
   * reached; then the chosen rows that are still pending are claimed by id. So a row is never claimed twice,
   * a channel has at most one send in flight across all instances, its posts leave in the order they were enqueued
   * whichever instance sends them, and the platform sees no more than its per-channel limit: a send's answers are
   * recorded in the same transaction that ends its claim.
   *
   * <p>Each statement looks rows up by channel or by id, never by status alone: the planner's statistics of the
   * outbox are those of before the fan-out that just filled it (every row sent), and a plan that trusts them to find
   * the few pending rows by their status reads every pending row once per row claimed (bench fanout --instances 2
   * spent most of PostgreSQL's time there).
   */
  private static OutboxClaim claimShared(Connection c, Collection<Long> ids, String owner, Instant leaseUntil,
      ChannelPacing pacing, Instant now) throws SQLException {
    List<Long> wanted = List.copyOf(new java.util.LinkedHashSet<>(ids));
    List<String> locked = Sql.list(c, "SELECT channel_key FROM channels WHERE channel_key = ANY (ARRAY("
        + "SELECT channel_key FROM outbox WHERE id = ANY (?))) ORDER BY channel_key FOR NO KEY UPDATE SKIP LOCKED",
        rs -> rs.getString(1), Sql.longs(c, wanted));
    ChannelRows rows = new ChannelRows();
    if (!locked.isEmpty()) {
      // the status as literals, matched by the channel index whatever the plan
      Sql.list(c, "SELECT id, channel_key, status, claimed_by, kind FROM outbox WHERE channel_key = ANY (?)"
          + " AND status IN ('" + PENDING + "', '" + CLAIMED + "')", rs -> {
            rows.add(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
            return null;
          }, Sql.texts(c, locked));
    }
    Map<String, List<Long>> answers = new HashMap<>();
    if (pacing.limited() && !locked.isEmpty()) {
      Sql.list(c, "SELECT channel_key, answered_at FROM channel_requests WHERE channel_key = ANY (?)"
          + " AND answered_at > ? ORDER BY channel_key, answered_at DESC", rs -> answers.computeIfAbsent(
              rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2)), Sql.texts(c, locked),
          windowStart(pacing, now));
    }
    List<Long> chosen = new ArrayList<>();
    Set<Long> gone = new HashSet<>();
    Map<ChannelKey, Instant> paced = new HashMap<>();
    List<Long> elsewhere = new ArrayList<>();
    for (long id : wanted) {
      ChannelRows.Row r = rows.pending(id);
      if (r == null) {
        // not a pending row of a channel locked here: gone, unless its channel was being claimed in elsewhere
        elsewhere.add(id);
        continue;
      }
      List<Long> answered = answers.getOrDefault(r.channel(), List.of());
      if (pacing.limited() && answered.size() >= pacing.burst()) {
        // the burst-th newest answer in the window frees a slot a window later
        paced.put(ChannelKey.parse(r.channel()),
            Instant.ofEpochMilli(answered.get(pacing.burst() - 1)).plus(pacing.window()));
      } else if (!rows.busy(r, owner)) {
        chosen.add(id);
      }
    }
    if (!elsewhere.isEmpty()) {
      Set<Long> stillPending = new HashSet<>(Sql.list(c, "SELECT id FROM outbox WHERE id = ANY (?) AND "
          + byIdOnly("status"), rs -> rs.getLong(1), Sql.longs(c, elsewhere), PENDING));
      for (long id : elsewhere) if (!stillPending.contains(id)) gone.add(id);
    }
    // no row lock first (a FOR UPDATE pass cost a third of this statement): every chosen row is of a channel locked
    // here, so no other claim touches it; a writer that does not lock channels (a pause, a release) makes the update
    // wait and look at the row again, and a row it moved on is not claimed
    List<Long> claimed = chosen.isEmpty() ? List.of() : Sql.list(c, "UPDATE outbox SET status = ?, claimed_by = ?,"
        + " lease_until = ?, maybe_posted = 1, updated_at = ? WHERE id = ANY (?) AND " + byIdOnly("status")
        + " RETURNING id", rs -> rs.getLong(1), CLAIMED, owner, leaseUntil, now, Sql.longs(c, chosen), PENDING);
    return new OutboxClaim(claimed, gone, paced);
  }

  /** The unsettled (pending or claimed) rows of the channels a claim locked, as {@link #claimShared} reads them. */
  private static final class ChannelRows {
    record Row(long id, String channel, String status, String owner, String kind) {}

    private final Map<Long, Row> byId = new HashMap<>();
    private final Map<String, List<Row>> byChannel = new HashMap<>();

    void add(long id, String channel, String status, String owner, String kind) {
      Row r = new Row(id, channel, status, owner, kind);
      byId.put(id, r);
      byChannel.computeIfAbsent(channel, k -> new ArrayList<>()).add(r);
    }

    /** The row if it is pending. */
    Row pending(long id) {
      Row r = byId.get(id);
      return r != null && r.status().equals(PENDING) ? r : null;
    }

    /**
     * Whether the row must wait: another owner has a row of its channel in flight, or (but for an edit, which may
     * overtake) an earlier post of its channel is still pending or in flight.
     */
    boolean busy(Row row, String owner) {
      for (Row other : byChannel.get(row.channel())) {
        if (other.status().equals(CLAIMED) && !owner.equals(other.owner())) return true;
        if (!row.kind().equals(UPDATE) && other.id() < row.id() && !other.kind().equals(UPDATE)) return true;
      }
      return false;
    }
  }

  /**
   * {@code column = ?} for a status, written so that no index on the status can serve it: rows named by id are
   * looked up by id. Otherwise, while the statistics still say few rows are pending (an outbox that has just filled
   * with a fan-out), PostgreSQL intersects the id lookup with the status index, and scans every pending entry of that
   * index, and every entry left by rows since claimed or sent until a vacuum: a cost per claim that grows with the
   * outbox instead of with the rows claimed.
   */
  private static String byIdOnly(String column) {
    return "(" + column + " = ?) IS TRUE";
  }

  /** Why the rows not claimed were not: gone (no longer pending), their channel's limit, or busy. */
  private static OutboxClaim refusals(Connection c, Collection<Long> ids, List<Long> claimed, ChannelPacing pacing,
      Instant now) throws SQLException {
    Set<Long> taken = new HashSet<>(claimed);
    List<Long> rest = new ArrayList<>();
    for (long id : ids) if (!taken.contains(id)) rest.add(id);
    Set<Long> gone = new HashSet<>(rest);
    Set<String> waiting = new TreeSet<>();
    Sql.list(c, "SELECT id, channel_key FROM outbox WHERE id IN (" + Sql.placeholders(rest.size()) + ")"
        + " AND " + byIdOnly("status"), rs -> {
          gone.remove(rs.getLong(1));
          waiting.add(rs.getString(2));
          return null;
        }, Sql.concat(rest, PENDING));
    if (!pacing.limited() || waiting.isEmpty()) return new OutboxClaim(claimed, gone, Map.of());
    // the channels whose limit holds them: the burst-th newest answer in the window frees a slot a window later
    Map<ChannelKey, Instant> paced = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    List<Object> params = new ArrayList<>(waiting);
    params.add(ceilMillis(now.minus(pacing.window())));
    Sql.list(c, "SELECT channel_key, answered_at FROM channel_requests WHERE channel_key IN ("
        + Sql.placeholders(waiting.size()) + ") AND answered_at > ? ORDER BY channel_key, answered_at DESC", rs -> {
          String channel = rs.getString(1);
          if (seen.merge(channel, 1, Integer::sum) == pacing.burst()) {
            paced.put(ChannelKey.parse(channel), Instant.ofEpochMilli(rs.getLong(2)).plus(pacing.window()));
          }
          return null;
        }, params.toArray());
    return new OutboxClaim(claimed, gone, paced);
  }

  @Override
  public Set<Long> renew(String owner, Instant leaseUntil) {
    // the status as a literal: the partial index of claimed rows serves it whatever the plan
    return db.write(c -> {
      Sql.update(c, "UPDATE outbox SET lease_until = ? WHERE status = '" + CLAIMED + "' AND claimed_by = ?",
          leaseUntil, owner);
      return new HashSet<>(Sql.list(c, "SELECT id FROM outbox WHERE status = '" + CLAIMED + "' AND claimed_by = ?",
          rs -> rs.getLong(1), owner));
    });
  }

  @Override
  public void release(Collection<Long> ids, String owner, Instant now) {
    if (ids.isEmpty()) return;
    db.write(c -> {
      int released = 0;
      for (long id : ids) {
        released += Sql.update(c, "UPDATE outbox SET status = ?, claimed_by = NULL, lease_until = NULL,"
            + " next_attempt_at = ?, updated_at = ? WHERE id = ? AND status = ? AND claimed_by = ?", PENDING, now, now,
            id, CLAIMED, owner);
      }
      return requeued(c, released);
    });
  }

  @Override
  public int reclaimExpired(Instant now) {
    return db.write(c -> requeued(c, Sql.update(c, "UPDATE outbox SET status = ?, claimed_by = NULL, lease_until ="
        + " NULL, updated_at = ? WHERE status = '" + CLAIMED + "' AND lease_until < ?", PENDING, now, now)));
  }

  @Override
  public long requeues() {
    return db.read(c -> Sql.one(c, "SELECT requeued FROM outbox_requeues WHERE id = 1", rs -> rs.getLong(1)))
        .orElse(0L);
  }

  @Override
  public void requeued() {
    db.write(c -> requeued(c, 1));
  }

  /**
   * {@code rows} rows went back to pending with their old ids in this transaction: counted, for every instance's next
   * sweep ({@link #requeues}). Returns {@code rows}.
   */
  private static int requeued(Connection c, int rows) throws SQLException {
    if (rows > 0) Sql.update(c, "UPDATE outbox_requeues SET requeued = requeued + 1 WHERE id = 1");
    return rows;
  }

  /**
   * Records a batch of send outcomes in one transaction: all of them, or (when it fails) none, so that their rows stay
   * claimed and maybe posted until their leases return them. On PostgreSQL the sends and the answers are written a
   * statement per table for the whole batch ({@link SqlRows}).
   */
  @Override
  public void record(List<OutboxResult> results) {
    if (results.isEmpty()) return;
    boolean together = db.vendor() == Database.Vendor.POSTGRESQL;
    db.write(c -> {
      Instant now = clock.instant();
      SqlRows answers = new SqlRows("text", "text", "bigint");
      SqlRows sent = new SqlRows("text", "bigint", "bigint");
      SqlRows posted = new SqlRows("text", "text", "bigint", "integer", "text", "text", "bigint", "bigint");
      try (Sql.Statements s = new Sql.Statements(c)) {
        for (OutboxResult r : results) {
          for (Instant answered : r.answered()) {
            answers.add(r.entry().channel().platform().key(), r.entry().channel().toString(), ceilMillis(answered));
          }
          switch (r.kind()) {
            case SENT:
              sent(s, r, sent, posted);
              break;
            case RETRY:
              s.batch("UPDATE outbox SET status = ?, claimed_by = NULL, lease_until = NULL, next_attempt_at = ?,"
                      + " last_error = ?, attempts = attempts + ?, rate_limited = rate_limited + ?, maybe_posted = ?,"
                      + " updated_at = ? WHERE id = ?",
                  PENDING, r.at(), r.error().orElse(null), r.countAttempt() ? 1 : 0, r.countAttempt() ? 0 : 1,
                  r.maybePosted(), now, r.id());
              break;
            default:
              s.batch("UPDATE outbox SET status = ?, claimed_by = NULL, lease_until = NULL, last_error = ?,"
                  + " updated_at = ? WHERE id = ?", PARKED, r.error().orElse(null), r.at(), r.id());
          }
        }
        answers.write(s, together, "INSERT INTO channel_requests (platform, channel_key, answered_at) VALUES (?, ?, ?)",
            "INSERT INTO channel_requests (platform, channel_key, answered_at) SELECT * FROM " + SqlRows.ROWS);
        // claimed_by stays: which instance sent it
        sent.write(s, together, "UPDATE outbox SET status = ?, message_id = ?, lease_until = NULL, maybe_posted = 0,"
            + " last_error = NULL, updated_at = ? WHERE id = ?", "UPDATE outbox SET status = ?, message_id ="
            + " v.message_id, lease_until = NULL, maybe_posted = 0, last_error = NULL, updated_at = v.at FROM "
            + SqlRows.ROWS + " AS v (message_id, at, id) WHERE outbox.id = v.id", SENT);
        String postedColumns = "INSERT INTO posted_messages (channel_key, message_id, story_id, story_version, kind,"
            + " banner, posted_at, updated_at) ";
        String postedOnce = " ON CONFLICT (channel_key, message_id) DO NOTHING";
        posted.write(s, together, postedColumns + "VALUES (" + Sql.placeholders(8) + ")" + postedOnce,
            postedColumns + "SELECT * FROM " + SqlRows.ROWS + postedOnce);
        s.flush();
      }
      return null;
    });
  }

  @Override
  public int forgetAnswers(Platform platform, Instant before) {
    return db.write(c -> Sql.update(c, "DELETE FROM channel_requests WHERE platform = ? AND answered_at < ?",
        platform.key(), before));
  }

  @Override
  public List<String> senders(Platform platform, String owner, Instant now, Instant since) {
    return db.write(c -> {
      Sql.update(c, "INSERT INTO outbox_senders (platform, owner, seen_at) VALUES (?, ?, ?)"
          + " ON CONFLICT (platform, owner) DO UPDATE SET seen_at = excluded.seen_at", platform.key(), owner, now);
      Sql.update(c, "DELETE FROM outbox_senders WHERE platform = ? AND seen_at < ?", platform.key(), since);
      return Sql.list(c, "SELECT owner FROM outbox_senders WHERE platform = ? ORDER BY owner", rs -> rs.getString(1),
          platform.key());
    });
  }

  @Override
  public Map<String, Integer> sentBy(Platform platform) {
    return db.read(c -> {
      Map<String, Integer> counts = new java.util.TreeMap<>();
      Sql.list(c, "SELECT claimed_by, COUNT(*) FROM outbox WHERE platform = ? AND status = ? AND claimed_by IS NOT NULL"
          + " GROUP BY claimed_by", rs -> counts.put(rs.getString(1), rs.getInt(2)), platform.key(), SENT);
      return counts;
    });
  }

  @Override
  public void leave(Platform platform, String owner) {
    db.write(c -> Sql.update(c, "DELETE FROM outbox_senders WHERE platform = ? AND owner = ?", platform.key(),
        owner));
  }

  /** A send that was made: its row, and the message it posted or edited. */
  private static void sent(Sql.Statements s, OutboxResult r, SqlRows sent, SqlRows posted) throws SQLException {
    String messageId = r.messageId().orElseThrow();
    sent.add(messageId, r.at(), r.id());
    OutboxEntry e = r.entry();
    String channel = e.channel().toString();
    if (e.kind() == DeliveryKind.UPDATE) {
      s.batch("UPDATE posted_messages SET story_version = ?, updated_at = ? WHERE channel_key = ?"
          + " AND message_id = ?", r.shownVersion(), r.at(), channel, e.targetMessage().orElseThrow());
      s.batch("INSERT INTO message_edits (channel_key, message_id, story_version, edited_at)"
          + " VALUES (?, ?, ?, ?)", channel, e.targetMessage().orElseThrow(), r.shownVersion(), r.at());
    } else if (e.kind() != DeliveryKind.NOTICE) {
      posted.add(channel, messageId, e.storyId(), r.shownVersion(), e.kind().key(), e.banner().orElse(null), r.at(),
          r.at());
    }
  }

  @Override
  public void sent(long id, String messageId, int shownVersion, Instant at) {
    OutboxEntry e = entry(id);
    record(List.of(OutboxResult.sent(id, e, messageId, shownVersion, at)));
  }

  @Override
  public void retry(long id, Instant at, String error, boolean countAttempt, boolean maybePosted) {
    record(List.of(OutboxResult.retry(id, entry(id), at, error, countAttempt, maybePosted)));
  }

  @Override
  public void park(long id, String reason, Instant at) {
    record(List.of(OutboxResult.parked(id, entry(id), reason, at)));
  }

  private OutboxEntry entry(long id) {
    return db.read(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM outbox WHERE id = ?", SqlOutboxStore::row, id))
        .orElseThrow(() -> new StoreException("no outbox row " + id)).entry();
  }

  @Override
  public int pause(ChannelKey channel, String reason, Instant at) {
    return db.write(c -> {
      Sql.update(c, "INSERT INTO channel_pauses (channel_key, reason, paused_at) VALUES (?, ?, ?)"
          + " ON CONFLICT (channel_key) DO NOTHING", channel.toString(), reason, at);
      return Sql.update(c, "UPDATE outbox SET status = ?, last_error = ?, updated_at = ? WHERE channel_key = ?"
          + " AND status = ?", PARKED, "channel paused: " + reason, at, channel.toString(), PENDING);
    });
  }

  @Override
  public Optional<ChannelPause> pause(ChannelKey channel) {
    return db.read(c -> Sql.one(c, "SELECT reason, paused_at FROM channel_pauses WHERE channel_key = ?",
        rs -> new ChannelPause(channel, rs.getString(1), Sql.instant(rs, "paused_at")), channel.toString()));
  }

  @Override
  public Set<ChannelKey> paused(Platform platform) {
    return db.read(c -> new HashSet<>(Sql.list(c, "SELECT channel_key FROM channel_pauses WHERE channel_key LIKE ?",
        rs -> ChannelKey.parse(rs.getString(1)), platform.key() + ":%")));
  }

  @Override
  public int resume(ChannelKey channel, Instant now) {
    return db.write(c -> {
      Sql.update(c, "DELETE FROM channel_pauses WHERE channel_key = ?", channel.toString());
      return requeued(c, Sql.update(c, "UPDATE outbox SET status = ?, attempts = 0, rate_limited = 0,"
          + " next_attempt_at = ?, updated_at = ? WHERE channel_key = ? AND status = ?", PENDING, now, now,
          channel.toString(), PARKED));
    });
  }

  @Override
  public List<OutboxRow> parked(ChannelKey channel) {
    return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM outbox WHERE channel_key = ? AND status = ?"
        + " ORDER BY id", SqlOutboxStore::row, channel.toString(), PARKED));
  }

  @Override
  public int unsent(ChannelKey channel) {
    return db.read(c -> Sql.one(c, "SELECT COUNT(*) FROM outbox WHERE channel_key = ? AND status IN (?, ?)",
        rs -> rs.getInt(1), channel.toString(), PENDING, CLAIMED).orElse(0));
  }

  @Override
  public java.util.Map<Platform, Integer> unsentByPlatform() {
    java.util.Map<Platform, Integer> out = new java.util.EnumMap<>(Platform.class);
    // platform by platform, so that the index led by the platform serves each count (no index is led by the status)
    db.read(c -> {
      for (Platform p : Platform.values()) {
        int n = Sql.one(c, "SELECT COUNT(*) FROM outbox WHERE platform = ? AND status IN (?, ?)", rs -> rs.getInt(1),
            p.key(), PENDING, CLAIMED).orElse(0);
        if (n > 0) out.put(p, n);
      }
      return null;
    });
    return out;
  }

  @Override
  public Optional<OutboxRow> find(String key) {
    return db.read(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM outbox WHERE idem_key = ?", SqlOutboxStore::row,
        key));
  }

  @Override
  public List<PostedMessage> postedFor(long storyId) {
    return db.read(c -> Sql.list(c, "SELECT channel_key, message_id, story_id, story_version, kind, banner, posted_at"
        + " FROM posted_messages WHERE story_id = ? ORDER BY channel_key, posted_at", SqlOutboxStore::posted, storyId));
  }

  @Override
  public boolean seen(ChannelKey channel, long storyId, int version) {
    return db.read(c -> Sql.one(c, "SELECT 1 FROM posted_messages WHERE channel_key = ? AND story_id = ?"
        + " AND story_version >= ?", rs -> true, channel.toString(), storyId, version).isPresent());
  }

  @Override
  public OptionalInt toldVersion(ChannelKey channel, long storyId) {
    Optional<Integer> v = db.read(c -> Sql.one(c, "SELECT story_version FROM outbox WHERE channel_key = ?"
        + " AND story_id = ? AND kind IN (?, ?) AND status IN (?, ?, ?) ORDER BY story_version DESC LIMIT 1",
        rs -> rs.getInt(1), channel.toString(), storyId, DeliveryKind.BRIEFING.key(), DeliveryKind.ALERT.key(),
        PENDING, CLAIMED, SENT));
    return v.map(OptionalInt::of).orElse(OptionalInt.empty());
  }

  @Override
  public boolean updatePending(ChannelKey channel, String messageId) {
    return db.read(c -> Sql.one(c, "SELECT 1 FROM outbox WHERE channel_key = ? AND target_message = ?"
        + " AND status IN (?, ?)", rs -> true, channel.toString(), messageId, PENDING, CLAIMED).isPresent());
  }

  @Override
  public List<Instant> editsSince(ChannelKey channel, String messageId, Instant since) {
    return db.read(c -> Sql.list(c, "SELECT edited_at FROM message_edits WHERE channel_key = ? AND message_id = ?"
        + " AND edited_at >= ? ORDER BY edited_at", rs -> Sql.instant(rs, "edited_at"), channel.toString(),
        messageId, since));
  }

  @Override
  public int purge(Instant before) {
    return db.write(c -> {
      Sql.update(c, "DELETE FROM message_edits WHERE edited_at < ?", before);
      return Sql.update(c, "DELETE FROM outbox WHERE status IN (?, ?) AND updated_at < ?", SENT, PARKED, before);
    });
  }

  private static PostedMessage posted(ResultSet rs) throws SQLException {
    return new PostedMessage(ChannelKey.parse(rs.getString("channel_key")), rs.getString("message_id"),
        rs.getLong("story_id"), rs.getInt("story_version"), DeliveryKind.parse(rs.getString("kind")),
        Optional.ofNullable(rs.getString("banner")), Sql.instant(rs, "posted_at"));
  }

  private static OutboxRow row(ResultSet rs) throws SQLException {
    OutboxEntry entry = new OutboxEntry(
        ChannelKey.parse(rs.getString("channel_key")),
        DeliveryKind.parse(rs.getString("kind")),
        rs.getLong("story_id"),
        rs.getInt("story_version"),
        Optional.ofNullable(rs.getString("banner")),
        Optional.ofNullable(rs.getString("target_message")),
        Sql.instant(rs, "created_at"));
    return new OutboxRow(
        rs.getLong("id"),
        entry,
        DeliveryState.parse(rs.getString("status")),
        rs.getInt("attempts"),
        rs.getInt("rate_limited"),
        rs.getInt("maybe_posted") == 1,
        Sql.instant(rs, "next_attempt_at"),
        Optional.ofNullable(rs.getString("last_error")),
        Optional.ofNullable(rs.getString("message_id")),
        Sql.instant(rs, "created_at"));
  }
}
