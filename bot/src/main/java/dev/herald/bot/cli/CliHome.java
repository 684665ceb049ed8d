package dev.herald.bot.cli;

import dev.herald.config.ConfigLoader;
import dev.herald.config.HeraldConfig;
import dev.herald.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the CLI finds things: the {@code herald.home} system property (tests), else {@code $HERALD_HOME} (the
 * checkout, set by {@code bot/herald}), else the working directory; {@code config/herald.yaml} there, or the defaults when it does not exist; the SQLite file in data_dir.
 */
final class CliHome {
  private CliHome() {}

  static Path home() {
    String property = System.getProperty("herald.home");
    if (property != null && !property.isBlank()) return Path.of(property).toAbsolutePath().normalize();
    String env = System.getenv("HERALD_HOME");
    return Path.of(env == null || env.isBlank() ? "" : env).toAbsolutePath().normalize();
  }

  /** The settings, or every default when {@code config/herald.yaml} is absent. */
  static HeraldConfig config(Path home) {
    Path file = home.resolve("config/herald.yaml");
    if (Files.exists(file)) return ConfigLoader.load(home, file);
    try {
      Path empty = Files.createTempFile("herald-defaults", ".yaml");
      try {
        return ConfigLoader.load(home, empty);
      } finally {
        Files.deleteIfExists(empty);
      }
    } catch (IOException e) {
      throw new CliFailure("cannot prepare default settings: " + e.getMessage());
    }
  }

  /** The instance feed list: {@code config/feeds.yaml}. */
  static Path feedsFile(Path home) {
    return home.resolve("config/feeds.yaml");
  }

  /** Opens (creating) the SQLite database of this home; PostgreSQL URLs are not opened by the CLI. */
  static Database database(HeraldConfig config) {
    if (!config.database().isEmpty() && !config.database().startsWith("jdbc:sqlite:")) {
      throw new CliFailure("this command reads the SQLite database only; database is " + config.database());
    }
    Path file = config.database().isEmpty() ? config.databaseFile()
        : Path.of(config.database().substring("jdbc:sqlite:".length()));
    return Database.open(file);
  }

  /** Herald's version for the User-Agent: the jar's, or "dev" when run from classes. */
  static String version() {
    String v = CliHome.class.getPackage().getImplementationVersion();
    return v == null || v.isBlank() ? "dev" : v;
  }
}
