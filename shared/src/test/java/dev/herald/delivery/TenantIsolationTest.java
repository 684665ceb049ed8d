package dev.herald.delivery;

import static dev.herald.testing.TwoWorkspaces.ACME_CHANNEL;
import static dev.herald.testing.TwoWorkspaces.GLOBEX_CHANNEL;
import static dev.herald.testing.TwoWorkspaces.SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.chat.Actor;
import dev.herald.chat.ChatCommand;
import dev.herald.chat.ChatRequest;
import dev.herald.digest.BriefingSelector;
import dev.herald.model.Briefing;
import dev.herald.model.Channel;
import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import dev.herald.model.Subscription;
import dev.herald.render.LookupView;
import dev.herald.render.SourcesView;
import dev.herald.render.View;
import dev.herald.store.OutboxRow;
import dev.herald.store.OutboxStores;
import dev.herald.stories.CoverageStoryRanker;
import dev.herald.testing.TestDatabase;
import dev.herald.testing.TwoWorkspaces;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two workspaces and one shared event: Globex reads only the instance's feed, Acme also its own private feed, and both
 * report the same strike. Globex must see only the instance's article, in every answer Herald gives it; Acme sees both.
 * On SQLite and on a real PostgreSQL server.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class TenantIsolationTest {
  final TwoWorkspaces w;
  final OutboxStores delivery;

  TenantIsolationTest(TestDatabase kind) {
    w = new TwoWorkspaces(kind.open());
    delivery = OutboxStores.sql(w.db, w.clock);
  }

  @AfterEach
  void close() {
    w.close();
  }

  View ask(ChannelKey channel, ChatCommand command) {
    return w.chat().handle(new ChatRequest(channel, new Actor("U1", false, "admins"), command)).view();
  }

  static void assertPrivateTo(String what, View globex, View acme) {
    assertFalse(globex.toString().contains(SECRET), what + " shows Globex Acme's private article: " + globex);
    assertFalse(globex.toString().contains("Acme"), what + " names Acme's outlet to Globex: " + globex);
    assertTrue(acme.toString().contains(SECRET), what + " hides Acme's own article from Acme: " + acme);
  }

  @Test
  void sourcesExpansionsAndTopStoriesShowAWorkspaceOnlyTheFeedsItReads() {
    w.acmeReports("acme-1", "Acme Logistics");
    String id = Long.toString(w.story.id());
    for (ChatCommand c : List.of(new ChatCommand.Sources(id), new ChatCommand.Sources(""),
        new ChatCommand.Expand(id, "1"), new ChatCommand.Brief(""), new ChatCommand.Brief("port strike"))) {
      if (c instanceof ChatCommand.Sources s && s.story().isEmpty()) continue; // needs a briefing: below
      assertPrivateTo(c.toString(), ask(GLOBEX_CHANNEL, c), ask(ACME_CHANNEL, c));
    }
    SourcesView globex = assertInstanceOf(SourcesView.class, ask(GLOBEX_CHANNEL, new ChatCommand.Sources(id)));
    assertEquals(1, globex.sources().size());
    assertEquals("Sources (1 article)", globex.heading());
    assertEquals(2, assertInstanceOf(SourcesView.class, ask(ACME_CHANNEL, new ChatCommand.Sources(id))).sources()
        .size());
  }

  @Test
  void aLookupNeverMatchesTextFromAnotherWorkspacesFeed() {
    w.acmeReports("acme-1", "Acme Logistics");
    LookupView globex = assertInstanceOf(LookupView.class, ask(GLOBEX_CHANNEL, new ChatCommand.Brief(SECRET)));
    assertTrue(globex.stories().isEmpty(), "Globex found the story by Acme's private words: " + globex);
    LookupView acme = assertInstanceOf(LookupView.class, ask(ACME_CHANNEL, new ChatCommand.Brief(SECRET)));
    assertEquals(1, acme.stories().size());
  }

  @Test
  void aBriefingCarriesTheWorkspacesOwnSummary() {
    w.acmeReports("acme-1", "Acme Logistics");
    BriefingSelector selector = new BriefingSelector(w.stores, new CoverageStoryRanker(), w.visibility);
    Briefing globex = selector.select(Channel.of(GLOBEX_CHANNEL, ZoneOffset.UTC), TwoWorkspaces.T.minus(Duration.ofDays(1)),
        w.clock.instant(), 5);
    Briefing acme = selector.select(Channel.of(ACME_CHANNEL, ZoneOffset.UTC), TwoWorkspaces.T.minus(Duration.ofDays(1)),
        w.clock.instant(), 5);
    assertEquals(1, globex.stories().size());
    assertFalse(globex.toString().contains(SECRET), globex.toString());
    assertTrue(acme.toString().contains(SECRET), acme.toString());
  }

  @Test
  void alertsAndLivingEditsFollowOnlyWhatTheWorkspaceReads() {
    for (ChannelKey c : List.of(ACME_CHANNEL, GLOBEX_CHANNEL)) {
      w.stores.channels().save(Channel.of(c, ZoneOffset.UTC));
      w.stores.channels().subscribe(new Subscription(c, "shipping", w.clock.instant()));
    }
    DeliverySettings settings = DeliverySettings.defaults();
    AlertPlanner alerts = new AlertPlanner(w.stores, delivery, w.registry::all, p -> true, settings.alerts(),
        w.clock);
    LivingStories living = new LivingStories(w.stores, delivery, p -> true, 4, w.clock);
    OutboxViews views = new OutboxViews(w.stores, delivery.outbox());
    assertEquals(2, alerts.plan(Set.of(w.story.id())), "both workspaces read the wire's report");
    for (OutboxRow r : delivery.outbox().pending(Platform.SLACK, 10)) {
      delivery.outbox().sent(r.id(), "m-" + r.entry().channel().workspace().id(), r.entry().storyVersion(),
          w.clock.instant());
    }

    // Acme's own feed: three more outlets, all private to Acme
    w.clock.advance(Duration.ofHours(2));
    for (int i = 1; i <= 3; i++) w.acmeReports("acme-" + i, "Acme Desk " + i);
    assertEquals(1, alerts.plan(Set.of(w.story.id())), "only Acme saw the story grow");
    assertEquals(0, living.plan(Set.of(w.story.id())), "Acme's alert tells it; Globex has nothing new to see");
    for (OutboxRow r : delivery.outbox().pending(Platform.SLACK, 10)) {
      assertEquals(ACME_CHANNEL, r.entry().channel(), r.toString());
      View v = views.render(r.entry()).orElseThrow().view();
      assertTrue(v.toString().contains(SECRET), v.toString());
    }

    // a new wire report reaches both; Globex's edit shows only what it reads
    w.clock.advance(Duration.ofHours(1));
    w.wireReports("wire-2", "Wire Europe");
    living.plan(Set.of(w.story.id()));
    boolean globexEdited = false;
    for (OutboxRow r : delivery.outbox().pending(Platform.SLACK, 10)) {
      if (!r.entry().channel().equals(GLOBEX_CHANNEL)) continue;
      globexEdited = true;
      View v = views.render(r.entry()).orElseThrow().view();
      assertFalse(v.toString().contains(SECRET) || v.toString().contains("Acme"), v.toString());
    }
    assertTrue(globexEdited, "Globex's message grows with the wire's second report");
  }
}
