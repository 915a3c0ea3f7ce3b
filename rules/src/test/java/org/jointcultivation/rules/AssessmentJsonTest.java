package org.jointcultivation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.jointcultivation.core.agreement.AgreementId;
import org.jointcultivation.core.json.CultivationJson;
import org.jointcultivation.core.json.JsonFormatException;
import org.jointcultivation.core.party.Institution;
import org.jointcultivation.core.party.Student;
import org.jointcultivation.core.party.Tutor;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.testing.ModelGenerators;
import org.jointcultivation.rules.testing.RegulationPacks;
import org.junit.jupiter.api.Test;

/** An assessment read back from JSON is equal to the original and answers every query the same. */
class AssessmentJsonTest {
  private static final RuleEngine ENGINE = RuleEngine.builder().addPack(RegulationPacks.all()).build();

  @Test
  void generatedAssessments_surviveRoundTrip_andAnswerQueriesAlike() {
    qt().withExamples(20)
        .forAll(ModelGenerators.cohorts(6), integers().between(0, 900))
        .checkAssert((cohort, daysBefore) -> {
          CultivationRecord record = cohort.toRecord();
          Assessment assessment = ENGINE.evaluate(record, cohort.asOf().minusDays(daysBefore));
          String json = CultivationJson.toJson(assessment);
          Assessment back = CultivationJson.fromJson(json, Assessment.class);
          assertEquals(assessment, back);
          assertEquals(json, CultivationJson.toJson(back));
          assertEquals(assessment.violations(), back.violations());
          for (Institution institution : record.institutions()) {
            assertEquals(assessment.obligationsOf(institution.id()), back.obligationsOf(institution.id()));
          }
          for (var agreement : record.agreements()) {
            AgreementId id = agreement.id();
            assertEquals(assessment.violationsOf(id), back.violationsOf(id));
          }
          for (Tutor tutor : record.tutors()) {
            assertEquals(assessment.obligationsOf(tutor.id()), back.obligationsOf(tutor.id()));
          }
          for (Student student : record.students()) {
            assertEquals(assessment.proposalsFor(student.id()), back.proposalsFor(student.id()));
          }
        });
  }

  @Test
  void obligations_carryTheirDerivedState_andViolationsAreListed() throws IOException {
    var cohort = org.jointcultivation.core.testing.CohortGenerator.generate(3, 20);
    Assessment assessment = ENGINE.evaluate(cohort.toRecord(), cohort.asOf());
    assertTrue(!assessment.violations().isEmpty(), "the cohort should break some rule");
    JsonNode json = CultivationJson.newMapper().readTree(CultivationJson.toJson(assessment));
    assertEquals(CultivationJson.FORMAT_VERSION, json.get("formatVersion").asInt());
    for (int i = 0; i < assessment.obligations().size(); i++) {
      assertEquals(assessment.obligations().get(i).state().name(), json.get("obligations").get(i).get("state").asText());
    }
    assertEquals(assessment.violations().size(), json.get("violations").size());
    assertEquals(assessment.violations().get(0).obligation().id(), json.get("violations").get(0).get("obligation").asText());
  }

  @Test
  void missingAsOf_isAnError_namingTheField() throws IOException {
    var cohort = org.jointcultivation.core.testing.CohortGenerator.generate(3, 2);
    ObjectNode json = (ObjectNode) CultivationJson.newMapper()
        .readTree(CultivationJson.toJson(ENGINE.evaluate(cohort.toRecord(), cohort.asOf())));
    json.remove("asOf");
    JsonFormatException error = assertThrows(JsonFormatException.class,
        () -> CultivationJson.fromJson(json.toString(), Assessment.class));
    assertTrue(error.reason().contains("asOf"), error.getMessage());
  }

  @Test
  void invalidObligation_isAnError_namingItsPath() throws IOException {
    var cohort = org.jointcultivation.core.testing.CohortGenerator.generate(3, 2);
    ObjectNode json = (ObjectNode) CultivationJson.newMapper()
        .readTree(CultivationJson.toJson(ENGINE.evaluate(cohort.toRecord(), cohort.asOf())));
    ((ObjectNode) json.get("obligations").get(1)).put("kind", "SUGGESTION");
    JsonFormatException error = assertThrows(JsonFormatException.class,
        () -> CultivationJson.fromJson(json.toString(), Assessment.class));
    assertTrue(error.path().startsWith("$.obligations[1].kind"), error.getMessage());
  }

  @Test
  void forgedDerivedValues_areRefused_namingWhere() throws IOException {
    var cohort = org.jointcultivation.core.testing.CohortGenerator.generate(3, 20);
    Assessment assessment = ENGINE.evaluate(cohort.toRecord(), cohort.asOf());
    String text = CultivationJson.toJson(assessment);
    int breached = java.util.stream.IntStream.range(0, assessment.obligations().size())
        .filter(i -> assessment.obligations().get(i).state() == ObligationState.VIOLATED).findFirst().orElse(-1);
    assertTrue(breached >= 0, "the cohort breaks some duty for good");
    String at = "$.obligations[" + breached + "]";

    JsonFormatException state = assertThrows(JsonFormatException.class, () -> CultivationJson.fromJson(
        forged(text, json -> obligation(json, breached).put("state", "FULFILLED")), Assessment.class));
    assertTrue(state.path().startsWith(at + ".state"), state.getMessage());

    JsonFormatException late = assertThrows(JsonFormatException.class, () -> CultivationJson.fromJson(
        forged(text, json -> obligation(json, breached).put("late", true)), Assessment.class));
    assertTrue(late.path().startsWith(at + ".late"), late.getMessage());

    JsonFormatException sentence = assertThrows(JsonFormatException.class, () -> CultivationJson.fromJson(
        forged(text, json -> ((ObjectNode) obligation(json, breached).get("explanation")).put("sentence", "all fine")),
        Assessment.class));
    assertTrue(sentence.path().startsWith(at + ".explanation.sentence"), sentence.getMessage());

    JsonFormatException violations = assertThrows(JsonFormatException.class, () -> CultivationJson.fromJson(
        forged(text, json -> ((com.fasterxml.jackson.databind.node.ArrayNode) json.get("violations")).remove(0)),
        Assessment.class));
    assertTrue(violations.reason().contains("violations"), violations.getMessage());

    assertEquals(assessment.obligations(), CultivationJson.fromJson(text, Assessment.class).obligations(),
        "the document as written is read");
  }

  private static ObjectNode obligation(ObjectNode json, int index) {
    return (ObjectNode) json.get("obligations").get(index);
  }

  private static String forged(String text, java.util.function.Consumer<ObjectNode> change) {
    try {
      ObjectNode json = (ObjectNode) CultivationJson.newMapper().readTree(text);
      change.accept(json);
      return json.toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
