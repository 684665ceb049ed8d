package dev.herald.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokensSlugTest {
  @Test
  void slugWordsComeFromHyphenatedPathSegments() {
    assertEquals(List.of("storm", "isolde", "hits", "coast"),
        Tokens.slugWords("https://wire.example/2026/11/26/storm-isolde-hits-coast.html?utm=x#top"));
  }

  @Test
  void sectionsIdsAndHostsAreNotSlugWords() {
    assertEquals(List.of(), Tokens.slugWords("https://www.news-site-example.com/business/12345"));
    assertEquals(List.of("ebay", "icahn", "talk", "smack"),
        Tokens.slugWords("http://blog.example.com/techchron/2014/03/10/ebay-icahn-talk-smack/"));
  }

  @Test
  void escapedQueryMarksAndEmptyInputAreHandled() {
    assertEquals(List.of("la", "fi", "fed", "plosser", "stimulus"),
        Tokens.slugWords("http://x.example/la-fi-fed-plosser-stimulus-20140310,0,13.story\\?track=rss"));
    assertEquals(List.of(), Tokens.slugWords(""));
    assertEquals(List.of(), Tokens.slugWords("not a url"));
  }

  @Test
  void theStopWordsLoadThoughTheListNamesSomeTwice() {
    assertEquals(true, Tokens.STOP_WORDS.contains("its"));
    assertEquals(true, Tokens.STOP_WORDS.contains("it's"));
  }
}
