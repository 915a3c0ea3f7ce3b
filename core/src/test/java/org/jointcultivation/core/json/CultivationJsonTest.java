package org.jointcultivation.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jointcultivation.core.DateRange;
import org.jointcultivation.core.agreement.CooperationAgreement;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.SupervisionMeetingHeld;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.testing.EveryKindGenerator;
import org.jointcultivation.core.testing.ModelGenerators;
import org.jointcultivation.core.testing.SampleProgramme;
import org.junit.jupiter.api.Test;

class CultivationJsonTest {
  private static final TypeReference<List<CultivationEvent>> EVENT_LIST = new TypeReference<>() {};

  @Test
  void everyEventKind_survivesRoundTrip_andNamesItsType() {
    qt().withExamples(60).forAll(EveryKindGenerator.oneOfEachKind()).checkAssert(events -> {
      Set<String> kinds = new HashSet<>();
      for (CultivationEvent event : events) {
        String json = CultivationJson.toJson(event);
        assertEquals(event, CultivationJson.fromJson(json, CultivationEvent.class), json);
        String type = tree(json).get("type").asText();
        kinds.add(type);
        // The type id is the public kind's name, never the generated implementation's.
        assertEquals(publicKind(event).getSimpleName(), type, json);
        assertEquals(event, CultivationJson.fromJson(json, publicKind(event)), json);
      }
      assertEquals(EveryKindGenerator.KIND_COUNT, kinds.size());
      assertEquals(CultivationEvent.class.getPermittedSubclasses().length, kinds.size(),
          "the generator makes every kind of the sealed hierarchy");
      assertEquals(events, CultivationJson.fromJson(CultivationJson.toJson(events, EVENT_LIST), EVENT_LIST));
    });
  }

  @Test
  void generatedRecords_surviveRoundTrip() {
    qt().withExamples(25).forAll(ModelGenerators.cohorts(8)).checkAssert(cohort -> {
      CultivationRecord record = cohort.toRecord();
      String json = CultivationJson.toJson(record);
      CultivationRecord back = CultivationJson.fromJson(json, CultivationRecord.class);
      assertEquals(record, back);
      assertEquals(record.events(), back.events());
      String again = CultivationJson.toJson(back);
      if (!json.equals(again)) {
        int at = 0;
        while (json.charAt(at) == again.charAt(at)) {
          at++;
        }
        throw new AssertionError("writing is not deterministic at " + at + ":\n" + json.substring(at, Math.min(json.length(), at + 300)).replace('\n', ' ')
            + "\n----\n" + again.substring(at, Math.min(again.length(), at + 300)).replace('\n', ' '));
      }
      assertEquals(CultivationJson.FORMAT_VERSION, tree(json).get("formatVersion").asInt());
    });
  }

  @Test
  void amendedAgreements_surviveRoundTrip() {
    qt().withExamples(60).forAll(EveryKindGenerator.amendedAgreements()).checkAssert(agreement -> {
      String json = CultivationJson.toJson(agreement);
      assertEquals(agreement, CultivationJson.fromJson(json, CooperationAgreement.class), json);
    });
  }

  @Test
  void persons_sayWhichKindOfIdentifierTheyHold_andTypedIdsArePlainText() {
    SupervisionMeetingHeld meeting = SampleProgramme.meeting("M-1", SampleProgramme.START).build();
    JsonNode json = tree(CultivationJson.toJson(meeting));
    assertEquals(SampleProgramme.STUDENT.value(), json.get("student").asText());
    Set<String> attendees = new HashSet<>();
    json.get("attendees").forEach(person -> attendees.add(person.fieldNames().next() + "=" + person.elements().next().asText()));
    Set<String> expected = new HashSet<>();
    for (PersonId person : meeting.attendees()) {
      expected.add((person instanceof StudentId ? "student" : person instanceof TutorId ? "tutor" : "administrator")
          + "=" + person.value());
    }
    assertEquals(expected, attendees);
    assertEquals(SampleProgramme.START.toString(), json.get("date").asText());
  }

  @Test
  void dateRange_leavesOutAnOpenEnd() {
    DateRange open = DateRange.from(SampleProgramme.START);
    DateRange closed = DateRange.of(SampleProgramme.START, SampleProgramme.START.plusDays(9));
    assertTrue(!tree(CultivationJson.toJson(open)).has("end"));
    assertEquals(open, CultivationJson.fromJson(CultivationJson.toJson(open), DateRange.class));
    assertEquals(closed, CultivationJson.fromJson(CultivationJson.toJson(closed), DateRange.class));
    JsonFormatException error = assertThrows(JsonFormatException.class,
        () -> CultivationJson.fromJson("{\"start\":\"2025-09-02\",\"end\":\"2025-09-01\"}", DateRange.class));
    assertTrue(error.reason().contains("end"), error.getMessage());
  }

  @Test
  void unknownField_isAnError_namingItsPath() {
    ObjectNode json = (ObjectNode) tree(CultivationJson.toJson(SampleProgramme.record()));
    ((ObjectNode) json.get("students").get(0)).put("nickname", "Sam");
    JsonFormatException error = assertThrows(JsonFormatException.class,
        () -> CultivationJson.fromJson(json.toString(), CultivationRecord.class));
    assertTrue(error.path().startsWith("$.students[0].nickname"), error.getMessage());
    assertTrue(error.reason().contains("nickname"), error.getMessage());
  }

  @Test
  void invalidValue_isAnError_namingPathFieldAndRule() {
    JsonNode json = tree(CultivationJson.toJson(SampleProgramme.meeting("M-1", SampleProgramme.START).build()));
    ((ObjectNode) json).putArray("attendees");
    JsonFormatException error = assertThrows(JsonFormatException.class,
        () -> CultivationJson.fromJson(json.toString(), CultivationEvent.class));
    assertTrue(error.reason().contains("attendees") && error.reason().contains("at least one"), error.getMessage());
  }

  @Test
  void wrongTypeOfValue_isAnError_namingPathAndWhatWasExpected() {
    ObjectNode json = (ObjectNode) tree(CultivationJson.toJson(SampleProgramme.meeting("M-1", SampleProgramme.START).build()));
    json.put("date", "last tuesday");
    JsonFormatException error = assertThrows(JsonFormatException.class,
        () -> CultivationJson.fromJson(json.toString(), CultivationEvent.class));
    assertTrue(error.path().startsWith("$.date"), error.getMessage());
    assertTrue(error.reason().contains("LocalDate"), error.getMessage());
  }

  @Test
  void unknownEventType_isAnError_namingTheType() {
    ObjectNode json = (ObjectNode) tree(CultivationJson.toJson(SampleProgramme.meeting("M-1", SampleProgramme.START).build()));
    json.put("type", "Picnic");
    JsonFormatException error = assertThrows(JsonFormatException.class,
        () -> CultivationJson.fromJson(json.toString(), CultivationEvent.class));
    assertTrue(error.reason().contains("Picnic"), error.getMessage());
  }

  @Test
  void recordBreakingARuleOfTheRecord_isRejectedOnRead() {
    ObjectNode json = (ObjectNode) tree(CultivationJson.toJson(SampleProgramme.record()));
    ArrayNode students = (ArrayNode) json.get("students");
    students.removeAll();
    JsonFormatException error = assertThrows(JsonFormatException.class,
        () -> CultivationJson.fromJson(json.toString(), CultivationRecord.class));
    assertTrue(error.reason().contains(SampleProgramme.STUDENT.value()), error.getMessage());
  }

  @Test
  void otherFormatVersion_isRejected() {
    ObjectNode json = (ObjectNode) tree(CultivationJson.toJson(SampleProgramme.record()));
    json.put("formatVersion", CultivationJson.FORMAT_VERSION + 1);
    JsonFormatException error = assertThrows(JsonFormatException.class,
        () -> CultivationJson.fromJson(json.toString(), CultivationRecord.class));
    assertTrue(error.reason().contains("formatVersion"), error.getMessage());
  }

  @Test
  void syntaxError_namesLineAndColumn() {
    JsonFormatException error = assertThrows(JsonFormatException.class,
        () -> CultivationJson.fromJson("{\n  \"id\": ,\n}", CultivationEvent.class));
    assertTrue(error.path().startsWith("line 2"), error.getMessage());
  }

  @Test
  void newMapper_isIndependentOfTheSharedOne() {
    var mapper = CultivationJson.newMapper();
    mapper.disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    String json = "{\"type\":\"AgreementAmended\",\"id\":\"E-1\",\"date\":\"2025-01-01\",\"agreement\":\"AG\","
        + "\"amendmentNumber\":1,\"colour\":\"red\"}";
    assertThrows(JsonFormatException.class, () -> CultivationJson.fromJson(json, CultivationEvent.class));
    CultivationEvent lenient = assertDoesNotThrowValue(() -> mapper.readValue(json, CultivationEvent.class));
    assertNotEquals(null, lenient);
  }

  private static CultivationEvent assertDoesNotThrowValue(
      org.junit.jupiter.api.function.ThrowingSupplier<CultivationEvent> read) {
    return org.junit.jupiter.api.Assertions.assertDoesNotThrow(read);
  }

  /** The kind's public class, such as {@code SupervisionMeetingHeld}, not its implementation. */
  private static Class<? extends CultivationEvent> publicKind(CultivationEvent event) {
    for (Class<?> type = event.getClass(); type != null; type = type.getSuperclass()) {
      if (java.util.Arrays.asList(type.getInterfaces()).contains(CultivationEvent.class)) {
        return type.asSubclass(CultivationEvent.class);
      }
    }
    throw new AssertionError(event.getClass() + " does not implement CultivationEvent");
  }

  private static JsonNode tree(String json) {
    try {
      return CultivationJson.newMapper().readTree(json);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

}
