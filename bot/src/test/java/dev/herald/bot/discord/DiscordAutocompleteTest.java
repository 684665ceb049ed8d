package dev.herald.bot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.chat.Suggestions;
import dev.herald.model.Channel;
import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import dev.herald.model.StorySummary;
import dev.herald.model.Subscription;
import dev.herald.store.Database;
import dev.herald.store.Stores;
import dev.herald.stories.StoryVisibility;
import dev.herald.testing.StoryFixture;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DiscordAutocompleteTest {
  static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");
  static final ChannelKey CHANNEL = ChannelKey.of(Platform.DISCORD, "1", "2");
  Database db;
  Stores stores;
  /** Stories hidden from {@link #CHANNEL}'s workspace (as if only another workspace's own feeds covered them). */
  final java.util.Set<Long> otherWorkspaces = new java.util.HashSet<>();
  DiscordAutocomplete autocomplete;

  @BeforeEach
  void setUp() {
    db = Database.inMemory();
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    stores = Stores.sql(db, clock);
    StoryVisibility visibility = (workspace, storyId) -> !(workspace.equals(CHANNEL.workspace())
        && otherWorkspaces.contains(storyId));
    autocomplete = new DiscordAutocomplete(new Suggestions(
        () -> new TreeSet<>(List.of("ai", "climate", "policy", "space")), stores, visibility, clock));
  }

  private List<DiscordAutocomplete.Choice> suggest(String option, String typed) {
    return autocomplete.suggest("", option, typed, CHANNEL);
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  @Test
  void storiesMatchByTitleWordsOrNumberAndOldOnesAreLeftOut() {
    StorySummary strike = StoryFixture.add(stores, "Rail strike halts trains", List.of("Harbor Times"),
        List.of("Walkout"), NOW.minus(Duration.ofHours(3)));
    StoryFixture.add(stores, "Rail museum opens", List.of("Harbor Times"), List.of("Opening"),
        NOW.minus(Duration.ofDays(30)));
    List<DiscordAutocomplete.Choice> byWords = suggest("story", "STRIKE");
    assertEquals(List.of(new DiscordAutocomplete.Choice("#" + strike.storyId() + " Rail strike halts trains",
        Long.toString(strike.storyId()))), byWords);
    assertEquals(byWords, suggest("story", "#" + strike.storyId()));
    assertEquals(1, suggest("story", "rail").size(), "a month-old story is not suggested");
  }

  @Test
  void storiesAndSectionsAnotherWorkspaceReadsAreNeverSuggested() {
    StorySummary mine = StoryFixture.add(stores, "Rail strike halts trains", List.of("Harbor Times"),
        List.of("Walkout"), NOW.minus(Duration.ofHours(3)));
    StorySummary theirs = StoryFixture.add(stores, "Rail merger talks leak", List.of("Private Wire"),
        List.of("Secret plan"), NOW.minus(Duration.ofHours(2)));
    otherWorkspaces.add(theirs.storyId());
    assertEquals(List.of(Long.toString(mine.storyId())), suggest("story", "rail").stream()
        .map(DiscordAutocomplete.Choice::value).toList());
    assertTrue(suggest("story", Long.toString(theirs.storyId())).isEmpty());
    assertTrue(autocomplete.suggest("", "section", "", CHANNEL, Long.toString(theirs.storyId())).isEmpty());
    assertEquals(1, autocomplete.suggest("", "section", "", CHANNEL, Long.toString(mine.storyId())).size());
  }

  @Test
  void sectionsOfTheChosenStoryMatchByNumberOrHeading() {
    StorySummary strike = StoryFixture.add(stores, "Rail strike halts trains", List.of("Harbor Times"),
        List.of("Walkout begins", "Talks stall", "What comes next"), NOW.minus(Duration.ofHours(3)));
    String id = Long.toString(strike.storyId());
    assertEquals(List.of(new DiscordAutocomplete.Choice("1 \u00b7 Walkout begins", "1"),
        new DiscordAutocomplete.Choice("2 \u00b7 Talks stall", "2"),
        new DiscordAutocomplete.Choice("3 \u00b7 What comes next", "3")),
        autocomplete.suggest("", "section", "", CHANNEL, id));
    assertEquals(List.of("2"), autocomplete.suggest("", "section", "TALKS", CHANNEL, id).stream()
        .map(DiscordAutocomplete.Choice::value).toList());
    assertEquals(List.of("3"), autocomplete.suggest("", "section", "3", CHANNEL, "#" + id).stream()
        .map(DiscordAutocomplete.Choice::value).toList());
    assertTrue(autocomplete.suggest("", "section", "", CHANNEL, "rail strike").isEmpty(), "words: no one story");
    assertTrue(autocomplete.suggest("", "section", "", CHANNEL, "").isEmpty(), "no story chosen yet");
    assertTrue(autocomplete.suggest("", "section", "", CHANNEL, "999999").isEmpty(), "no such story");
  }

  @Test
  void atMost25ChoicesEachWithinDiscordsLimits() {
    IntStream.range(0, 30).forEach(i -> StoryFixture.add(stores, "Story " + i + " " + "long title ".repeat(20),
        List.of("Wire"), List.of("H"), NOW.minus(Duration.ofMinutes(i))));
    List<DiscordAutocomplete.Choice> choices = suggest("story", "");
    assertEquals(25, choices.size());
    for (DiscordAutocomplete.Choice c : choices) {
      assertTrue(c.name().length() <= DiscordLimits.CHOICE_NAME, c.name());
      assertTrue(c.value().length() <= DiscordLimits.CHOICE_VALUE, c.value());
    }
  }

  @Test
  void topicsStartingWithTheTextComeFirst() {
    assertEquals(List.of("policy", "space"), suggest("topic", "p").stream()
        .map(DiscordAutocomplete.Choice::value).toList());
    assertEquals(4, suggest("query", "").size());
  }

  @Test
  void unsubscribeSuggestsTheChannelsOwnSubscriptions() {
    stores.channels().save(Channel.of(CHANNEL, java.time.ZoneId.of("UTC")));
    stores.channels().subscribe(new Subscription(CHANNEL, "space", NOW));
    assertEquals(List.of("space"), autocomplete.suggest("unsubscribe", "topic", "", CHANNEL).stream()
        .map(DiscordAutocomplete.Choice::value).toList());
    assertEquals(4, autocomplete.suggest("subscribe", "topic", "", CHANNEL).size());
  }

  @Test
  void timeZonesMatchAnywhereInTheirName() {
    List<String> zones = suggest("zone", "seoul").stream().map(DiscordAutocomplete.Choice::value)
        .toList();
    assertEquals(List.of("Asia/Seoul"), zones);
    assertEquals(25, suggest("zone", "america").size());
    assertTrue(suggest("unknown", "x").isEmpty());
  }
}
