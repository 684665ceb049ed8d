package dev.herald.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.model.Section;
import dev.herald.model.Sentence;
import dev.herald.model.Source;
import java.util.List;

/** The stored JSON form of a summary's sections and sources. */
final class SummaryJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Content(List<SectionJson> sections, List<Source> sources) {}

  record SectionJson(String heading, List<Sentence> sentences) {}

  private SummaryJson() {}

  static String write(List<Section> sections, List<Source> sources) {
    try {
      return JSON.writeValueAsString(new Content(
          sections.stream().map(s -> new SectionJson(s.heading(), s.sentences())).toList(), sources));
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot write summary JSON: " + e.getMessage(), e);
    }
  }

  static Content read(String json) {
    try {
      return JSON.readValue(json, Content.class);
    } catch (JsonProcessingException e) {
      throw new StoreException("stored summary is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }
}
