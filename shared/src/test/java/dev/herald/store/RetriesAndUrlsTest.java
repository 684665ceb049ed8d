package dev.herald.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class RetriesAndUrlsTest {
  @Test
  void onlyDeadlocksAndSerializationFailuresAreRunAgain() {
    assertTrue(Retries.retryable(new SQLException("deadlock detected", "40P01")));
    assertTrue(Retries.retryable(new SQLException("batch failed", "08000", new SQLException("x", "40001"))));
    assertFalse(Retries.retryable(new SQLException("duplicate key value", "23505")));
    assertFalse(Retries.retryable(new SQLException("no state")));
  }

  @Test
  void passwordsNeverShowInAUrl() {
    assertEquals("jdbc:postgresql://db:5432/herald?user=h&password=***&ssl=true",
        JdbcUrls.redact("jdbc:postgresql://db:5432/herald?user=h&password=s3cr&ssl=true"));
    assertEquals("jdbc:postgresql://herald:***@db/herald", JdbcUrls.redact("jdbc:postgresql://herald:pw@db/herald"));
    assertEquals("jdbc:postgresql://db/herald", JdbcUrls.redact("jdbc:postgresql://db/herald"));
  }
}
