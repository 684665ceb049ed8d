package dev.herald.bot.cli;

import dev.herald.bot.logging.LogFormat;
import dev.herald.config.ConfigLoader;
import dev.herald.config.HeraldConfig;
import dev.herald.config.Secrets;
import dev.herald.store.Database;
import dev.herald.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the CLI finds things: the {@code herald.home} system property (tests), else {@code $HERALD_HOME} (the
 * checkout, set by {@code bot/herald}), else the working directory; {@code config/herald.yaml} there, or the defaults
 * when it does not exist; the database it names (the SQLite file in data_dir by default).
 */
public final class CliHome {
  private CliHome() {}

  public static Path home() {
    String property = System.getProperty("herald.home");
    if (property != null && !property.isBlank()) return Path.of(property).toAbsolutePath().normalize();
    String env = System.getenv("HERALD_HOME");
    return Path.of(env == null || env.isBlank() ? "" : env).toAbsolutePath().normalize();
  }

  /**
   * The settings, or every default when {@code config/herald.yaml} is absent; its {@code logging.format} applies from
   * here on.
   */
  public static HeraldConfig config(Path home) {
    HeraldConfig config = load(home);
    LogFormat.apply(config.logging().format());
    return config;
  }

  private static HeraldConfig load(Path home) {
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
  public static Path feedsFile(Path home) {
    return home.resolve("config/feeds.yaml");
  }

  /** The environment variables that hold the PostgreSQL login (never herald.yaml). */
  static final String DB_USER = "HERALD_DB_USER";
  static final String DB_PASSWORD = "HERALD_DB_PASSWORD";

  /** Opens this home's database with the login from the environment; see {@link #database(HeraldConfig, Secrets)}. */
  public static Database database(HeraldConfig config) {
    return database(config, Secrets.fromEnvironment());
  }

  /**
   * Opens (creating) the database {@code database:} names: the SQLite file in data_dir when empty, a {@code
   * jdbc:sqlite:} file, or a {@code jdbc:postgresql:} server shared with other instances, logging in as {@code
   * HERALD_DB_USER} / {@code HERALD_DB_PASSWORD} when set (or as the URL says). A database that cannot be reached,
   * refuses the login or cannot be migrated stops the command with one line naming the key, the file and the reason.
   */
  static Database database(HeraldConfig config, Secrets secrets) {
    if (config.database().isEmpty()) return sqlite(config.home(), config.databaseFile());
    try {
      return Database.connect(config.database(), secrets.get(DB_USER), secrets.get(DB_PASSWORD));
    } catch (StoreException | IllegalArgumentException e) {
      throw new CliFailure("config/herald.yaml: database " + e.getMessage());
    }
  }

  /**
   * Opens (creating) the SQLite file in data_dir. A data_dir that is a file, cannot be created or written, or holds a
   * file SQLite cannot open stops the command with one line naming the key and why.
   */
  static Database sqlite(Path home, Path file) {
    Path dir = file.toAbsolutePath().getParent();
    String key = "config/herald.yaml: data_dir \"" + shown(home, dir) + "\" ";
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.exists(p) && !Files.isDirectory(p)) {
        throw new CliFailure(key + "cannot hold the database: " + shown(home, p) + " is a file, not a directory");
      }
      if (Files.isDirectory(p)) {
        if (!Files.isWritable(p) || !Files.isExecutable(p)) {
          throw new CliFailure(key + "cannot hold the database: " + shown(home, p) + " is not writable by this user");
        }
        break;
      }
    }
    try {
      return Database.open(file);
    } catch (RuntimeException e) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) root = root.getCause();
      String why = root.getMessage() == null ? root.toString() : root.getMessage().lines().findFirst().orElse("");
      throw new CliFailure(key + "cannot hold the database: " + why, e);
    }
  }

  /** A path as the user would type it: relative to home when inside it. */
  static String shown(Path home, Path p) {
    Path abs = p.toAbsolutePath().normalize();
    return abs.startsWith(home) && !abs.equals(home) ? home.relativize(abs).toString() : abs.toString();
  }

  /** Herald's version for the User-Agent: the jar's, or "dev" when run from classes. */
  public static String version() {
    String v = CliHome.class.getPackage().getImplementationVersion();
    return v == null || v.isBlank() ? "dev" : v;
  }
}
