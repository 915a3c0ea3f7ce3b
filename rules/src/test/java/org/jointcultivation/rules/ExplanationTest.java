package org.jointcultivation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jointcultivation.core.json.CultivationJson;
import org.junit.jupiter.api.Test;

/** The sentence of an explanation: composed from its figures unless a rule words its own. */
class ExplanationTest {
  private static Explanation.Builder figures() {
    return Explanation.builder().ruleId("meetings").pack("SOLENT-RD@2024.1")
        .citation("Solent University, Research Degrees Code of Practice (2024) §5.3")
        .computed("7 meetings in 2025-09-01..2026-08-31").required("≥ 9");
  }

  @Test
  void sentence_isComposedFromTheFigures() {
    Explanation explanation = figures().build();
    assertEquals("7 meetings in 2025-09-01..2026-08-31; SOLENT-RD@2024.1 (Solent University, Research "
        + "Degrees Code of Practice (2024) §5.3) requires ≥ 9", explanation.sentence());
    assertTrue(explanation.ownSentence().isEmpty());
  }

  @Test
  void sentence_namesTheConflictResolution() {
    Explanation explanation = figures().resolution(new ConflictResolution("meetings",
        ResolutionStep.HIGHER_AUTHORITY, "NATIONAL@1", List.of("SOLENT-RD@2024.1"), "the national pack wins"))
        .build();
    assertTrue(explanation.sentence().endsWith("requires ≥ 9 [the national pack wins]"), explanation.sentence());
  }

  @Test
  void ownSentence_replacesTheComposedOne() {
    Explanation explanation = figures().sentence("met the supervisor on a Sunday").build();
    assertEquals("met the supervisor on a Sunday", explanation.sentence());
  }

  @Test
  void withoutSentenceOrFigures_buildingFails_namingTheRule() {
    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> Explanation.builder().ruleId("meetings").pack("P@1").citation("§1").computed("7").build());
    String message = String.valueOf(error.getMessage());
    assertTrue(message.contains("[meetings]"), message);
    assertTrue(message.contains("computed and required"), message);
  }

  @Test
  void json_writesTheSentence_andReadsBackAnEqualExplanation() throws Exception {
    for (Explanation explanation : List.of(figures().build(), figures().sentence("in my own words").build())) {
      String json = CultivationJson.toJson(explanation);
      JsonNode tree = CultivationJson.newMapper().readTree(json);
      assertEquals(explanation.sentence(), tree.get("sentence").asText());
      Explanation back = CultivationJson.fromJson(json, Explanation.class);
      assertEquals(explanation, back);
      assertEquals(explanation.sentence(), back.sentence());
    }
    assertFalse(CultivationJson.toJson(figures().build()).contains("ownSentence"));
  }

  @Test
  void figuresWordedLater_readWriteAndCompareAsTheirWords_andAreWordedOnce() throws Exception {
    java.util.concurrent.atomic.AtomicInteger worded = new java.util.concurrent.atomic.AtomicInteger();
    Explanation later = Explanation.builder().ruleId("meetings").pack("SOLENT-RD@2024.1")
        .citation("Solent University, Research Degrees Code of Practice (2024) §5.3")
        .computed(() -> {
          worded.incrementAndGet();
          return 7 + " meetings in " + "2025-09-01..2026-08-31";
        })
        .required(() -> "≥ " + 9).build();
    assertEquals(0, worded.get(), "nothing is worded until read");
    assertEquals(figures().build(), later);
    assertEquals(figures().build().hashCode(), later.hashCode());
    assertEquals(figures().build().sentence(), later.sentence());
    assertEquals(java.util.Optional.of("7 meetings in 2025-09-01..2026-08-31"), later.computed());
    assertEquals(CultivationJson.toJson(figures().build()), CultivationJson.toJson(later));
    assertEquals(1, worded.get(), "worded once however often it is read");
    assertFalse(later.equals(figures().computed("8 meetings in 2025-09-01..2026-08-31").build()));
  }
}
