package dev.herald.bot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import dev.herald.chat.ChatService;
import dev.herald.chat.ScheduleListener;
import dev.herald.config.ConfigException;
import dev.herald.config.HeraldConfig;
import dev.herald.config.Secrets;
import dev.herald.store.Database;
import dev.herald.store.Stores;
import dev.herald.testing.Ports;
import dev.herald.testing.TestChats;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Starting with a {@code DISCORD_TOKEN} Discord refuses, or while Discord cannot be reached, stops {@code run} with one
 * line naming the cause (a {@link ConfigException}: exit 2, no stack trace), never an internal error.
 */
class DiscordLoginFailureTest {
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-28T07:00:00Z"), ZoneOffset.UTC);
  private final Database db = Database.inMemory();
  private final ChatService chat = TestChats.builder(Stores.sql(db, clock)).schedules(ScheduleListener.NONE).clock(clock).build();

  private DiscordBot bot(String restUrl) {
    return DiscordBot.prepare(new HeraldConfig.Discord(restUrl, "ws://127.0.0.1:9/", List.of(), 1),
        new Secrets(Map.of("DISCORD_TOKEN", "not-a-token")), clock);
  }

  @Test
  void discordUnreachableAtStartIsOneLineNamingTheSetting() throws Exception {
    int closed = Ports.unused();
    String url = "http://127.0.0.1:" + closed + "/api/v10/";
    DiscordBot bot = bot(url);
    try {
      ConfigException e = assertThrows(ConfigException.class, () -> bot.start(chat));
      assertEquals("could not reach Discord at " + url + " (discord.rest_url) to log in: connection refused",
          e.getMessage());
    } finally {
      bot.close();
    }
  }

  @Test
  void aTokenDiscordRefusesIsOneLine() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", ex -> {
      byte[] body = "{\"message\": \"401: Unauthorized\", \"code\": 0}".getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "application/json");
      ex.sendResponseHeaders(401, body.length);
      ex.getResponseBody().write(body);
      ex.close();
    });
    server.start();
    DiscordBot bot = bot("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v10/");
    try {
      ConfigException e = assertThrows(ConfigException.class, () -> bot.start(chat));
      assertEquals("Discord refused DISCORD_TOKEN (401 Unauthorized): copy the bot token again from the Developer"
          + " Portal (Bot, Reset Token)", e.getMessage());
    } finally {
      bot.close();
      server.stop(0);
    }
  }
}
