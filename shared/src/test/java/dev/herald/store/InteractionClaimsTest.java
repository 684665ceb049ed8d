package dev.herald.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Interaction claims against a real SQLite file and a real PostgreSQL database, migrated by Flyway. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class InteractionClaimsTest {
  static final Instant T0 = Instant.parse("2026-12-07T02:00:00Z");
  @Parameter TestDatabase kind;
  @TempDir Path dir;
  Database db;
  InteractionClaims claims;

  @BeforeEach
  void open() {
    db = kind == TestDatabase.SQLITE ? Database.open(dir.resolve("herald.db")) : kind.open();
    claims = InteractionClaims.sql(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void theFirstClaimWinsAndEveryLaterOneLoses() {
    assertTrue(claims.claim("1300000000000000001", T0));
    assertFalse(claims.claim("1300000000000000001", T0));
    assertFalse(claims.claim("1300000000000000001", T0.plusSeconds(5)));
    assertTrue(claims.claim("1300000000000000002", T0), "another interaction is claimed on its own");
  }

  @Test
  void exactlyOneOfTwoInstancesRacingForAnInteractionWinsIt() throws Exception {
    // two instances are two connections to one database: a second Database on the same file or server
    Database other = kind == TestDatabase.SQLITE ? Database.open(dir.resolve("herald.db")) : db;
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      InteractionClaims a = claims;
      InteractionClaims b = InteractionClaims.sql(other);
      for (int i = 0; i < 50; i++) {
        String id = Long.toString(1_300_000_000_000_000_100L + i);
        List<Future<Boolean>> both = new ArrayList<>();
        for (Callable<Boolean> c : List.<Callable<Boolean>>of(() -> a.claim(id, T0), () -> b.claim(id, T0))) {
          both.add(pool.submit(c));
        }
        int won = 0;
        for (Future<Boolean> f : both) won += f.get() ? 1 : 0;
        assertEquals(1, won, "interaction " + id);
      }
    } finally {
      pool.shutdownNow();
      if (other != db) other.close();
    }
  }

  @Test
  void purgeDeletesEveryOldClaimBatchAfterBatchAndKeepsTheRecentOnes() {
    // more than two batches of old claims (a busy bot between purges), written in one transaction
    int old = 2 * SqlInteractionClaims.PURGE_BATCH + 7;
    db.write(c -> {
      for (int i = 0; i < old; i++) {
        Sql.update(c, "INSERT INTO interaction_claims (interaction_id, claimed_at) VALUES (?, ?)", "old-" + i,
            T0.minus(Duration.ofHours(2)).plusSeconds(i));
      }
      return null;
    });
    claims.claim("new", T0);
    Instant hourAgo = T0.minus(Duration.ofHours(1));
    assertEquals(old, claims.purge(hourAgo));
    assertEquals(0, claims.purge(hourAgo));
    assertFalse(claims.claim("new", T0), "a recent claim survives the purge");
    assertTrue(claims.claim("old-0", T0), "a purged id may be claimed again");
  }
}
