package org.jointcultivation.core.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Map;
import org.jointcultivation.core.ValidationException;
import org.jointcultivation.core.event.DeclaredEvent;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.json.CultivationJson;
import org.jointcultivation.core.json.PolicyPackFiles;
import org.jointcultivation.core.json.RegulationFileException;
import org.jointcultivation.core.party.Tutor;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.testing.SampleProgramme;
import org.junit.jupiter.api.Test;

/** A programme declares its own facts; a record is checked against them, and keeps them through JSON. */
class VocabularyTest {
  private static final String YAML = """
      tutor:
        rank: {type: CHOICE, values: [PROFESSOR, ASSOCIATE, ASSISTANT], description: academic rank}
        birthDate: {type: DATE}
      institution:
        employees: {type: INTEGER}
      events:
        ThesisRated:
          description: a sampled thesis was rated
          fields:
            rating: {type: CHOICE, values: [EXCELLENT, PASS, PROBLEM]}
      """;

  private static Vocabulary vocabulary() {
    return PolicyPackFiles.readVocabulary(new StringReader(YAML), "vocabulary.yaml", PolicyPackFiles.Format.YAML);
  }

  private static Tutor tutor(String id, Map<String, String> attributes) {
    return Tutor.builder().from(SampleProgramme.tutor(TutorId.of(id), SampleProgramme.COLLEGE))
        .attributes(attributes).build();
  }

  private static DeclaredEvent rated(String rating) {
    return DeclaredEvent.builder().id(EventId.of("TR-1")).date(SampleProgramme.START.plusDays(30))
        .kind("ThesisRated").institution(SampleProgramme.COLLEGE).putField("rating", rating).build();
  }

  @Test
  void aRecordWithDeclaredFacts_buildsAndSurvivesJson() {
    CultivationRecord record = SampleProgramme.builder().vocabulary(vocabulary())
        .addTutor(tutor("T-X", Map.of("rank", "ASSISTANT", "birthDate", "1958-05-01")))
        .addEvent(rated("PROBLEM")).build();

    CultivationRecord read = CultivationJson.fromJson(CultivationJson.toJson(record), CultivationRecord.class);

    assertEquals(record, read);
    assertEquals(vocabulary(), read.vocabulary());
    assertEquals("ASSISTANT", read.tutor(TutorId.of("T-X")).orElseThrow().attributes().get("rank"));
  }

  @Test
  void anUndeclaredAttribute_orAValueOfTheWrongType_isRefused_namingTypeIdAttributeAndRule() {
    ValidationException undeclared = assertThrows(ValidationException.class, () -> SampleProgramme.builder()
        .vocabulary(vocabulary()).addTutor(tutor("T-X", Map.of("rnak", "ASSISTANT"))).build());
    assertEquals("Tutor", undeclared.type());
    assertEquals("attributes.rnak", undeclared.field());
    assertTrue(undeclared.getMessage().contains("T-X"), undeclared.getMessage());
    assertTrue(undeclared.rule().contains("declared: [rank, birthDate]"), undeclared.rule());

    ValidationException wrongType = assertThrows(ValidationException.class, () -> SampleProgramme.builder()
        .vocabulary(vocabulary()).addTutor(tutor("T-X", Map.of("rank", "LECTURER"))).build());
    assertEquals("must be one of [PROFESSOR, ASSOCIATE, ASSISTANT], not 'LECTURER'", wrongType.rule());

    ValidationException noVocabulary = assertThrows(ValidationException.class, () -> SampleProgramme.builder()
        .addTutor(tutor("T-X", Map.of("rank", "ASSISTANT"))).build());
    assertTrue(noVocabulary.rule().contains("which declares none"), noVocabulary.rule());
  }

  @Test
  void aDeclaredEvent_mustBeOfADeclaredKind_withEveryFieldOfItsType() {
    ValidationException kind = assertThrows(ValidationException.class, () -> SampleProgramme.builder()
        .vocabulary(vocabulary()).addEvent(DeclaredEvent.builder().from(rated("PASS")).kind("ThesisRatd").build())
        .build());
    assertEquals("kind", kind.field());
    assertTrue(kind.rule().contains("declared: [ThesisRated]"), kind.rule());

    ValidationException value = assertThrows(ValidationException.class, () -> SampleProgramme.builder()
        .vocabulary(vocabulary()).addEvent(rated("GOOD")).build());
    assertEquals("fields.rating", value.field());

    ValidationException missing = assertThrows(ValidationException.class, () -> SampleProgramme.builder()
        .vocabulary(vocabulary()).addEvent(DeclaredEvent.builder().from(rated("PASS")).fields(Map.of()).build())
        .build());
    assertEquals("fields.rating", missing.field());
    assertTrue(missing.rule().contains("must be given"), missing.rule());

    ValidationException extra = assertThrows(ValidationException.class, () -> SampleProgramme.builder()
        .vocabulary(vocabulary()).addEvent(DeclaredEvent.builder().from(rated("PASS")).putField("grade", "A").build())
        .build());
    assertEquals("fields.grade", extra.field());
  }

  @Test
  void aVocabularyThatContradictsItself_isRefusedWithItsPlaceInTheFile() {
    RegulationFileException choiceWithoutValues = assertThrows(RegulationFileException.class,
        () -> PolicyPackFiles.readVocabulary(new StringReader("tutor:\n  rank: {type: CHOICE}\n"), "v.yaml",
            PolicyPackFiles.Format.YAML));
    assertTrue(choiceWithoutValues.getMessage().contains("v.yaml"), choiceWithoutValues.getMessage());
    assertTrue(choiceWithoutValues.getMessage().contains("must list its values"), choiceWithoutValues.getMessage());

    RegulationFileException builtIn = assertThrows(RegulationFileException.class,
        () -> PolicyPackFiles.readVocabulary(new StringReader("events:\n  LeaveTaken: {}\n"), "v.yaml",
            PolicyPackFiles.Format.YAML));
    assertTrue(builtIn.getMessage().contains("library's own event kinds"), builtIn.getMessage());

    RegulationFileException unknownType = assertThrows(RegulationFileException.class,
        () -> PolicyPackFiles.readVocabulary(new StringReader("tutor:\n  age: {type: NUMBER}\n"), "v.yaml",
            PolicyPackFiles.Format.YAML));
    assertTrue(unknownType.getMessage().contains("tutor.age.type") || unknownType.getMessage().contains("NUMBER"),
        unknownType.getMessage());

    RegulationFileException misspeltOwner = assertThrows(RegulationFileException.class,
        () -> PolicyPackFiles.readVocabulary(new StringReader("tutors:\n  rank: {type: TEXT}\n"), "v.yaml",
            PolicyPackFiles.Format.YAML));
    assertTrue(misspeltOwner.getMessage().contains("tutors"), misspeltOwner.getMessage());
  }

  @Test
  void everyAttributeType_acceptsItsOwnTextAndRefusesOthers() {
    Map<AttributeType, String[]> goodAndBad = Map.of(
        AttributeType.INTEGER, new String[] {"250", "2.5"},
        AttributeType.DECIMAL, new String[] {"0.75", "three"},
        AttributeType.BOOLEAN, new String[] {"true", "yes"},
        AttributeType.TEXT, new String[] {"Kunming", " "},
        AttributeType.DATE, new String[] {"1958-05-01", "01/05/1958"},
        AttributeType.PERIOD, new String[] {"P3Y", "3 years"},
        AttributeType.CHOICE, new String[] {"A", "B"},
        AttributeType.MONEY, new String[] {"20780 GBP", "20780"});
    goodAndBad.forEach((type, texts) -> {
      java.util.List<String> values = java.util.List.of("A");
      assertEquals(java.util.Optional.empty(), type.problemWith(texts[0], values), type.name());
      assertTrue(type.problemWith(texts[1], values).isPresent(), type.name() + " refuses " + texts[1]);
    });
    assertEquals(java.util.Set.of(AttributeType.class.getEnumConstants()), goodAndBad.keySet());
  }

  @Test
  void candidaciesAndTeams_carryDeclaredAttributes_andMoneyIsAnAmountAndACurrency() {
    Vocabulary declared = Vocabulary.EMPTY
        .withAttribute(AttributeOwner.CANDIDACY, "stipend", AttributeDeclaration.of(AttributeType.MONEY))
        .withAttribute(AttributeOwner.TEAM, "firstTutorShare", AttributeDeclaration.of(AttributeType.DECIMAL));
    org.jointcultivation.core.record.CultivationRecord.Builder builder = org.jointcultivation.core.record.CultivationRecord
        .builder().vocabulary(declared);
    org.jointcultivation.core.record.CultivationRecord sample = SampleProgramme.record();
    sample.institutions().forEach(builder::addInstitution);
    sample.tutors().forEach(builder::addTutor);
    sample.students().forEach(builder::addStudent);
    sample.agreements().forEach(builder::addAgreement);
    sample.candidacies().forEach(c -> builder.addCandidacy(org.jointcultivation.core.agreement.Candidacy.builder().from(c)
        .putAttribute("stipend", "20780 GBP").build()));
    sample.assignments().forEach(a -> builder.addAssignment(org.jointcultivation.core.agreement.DualTutorAssignment
        .builder().from(a).putAttribute("firstTutorShare", "0.6").build()));
    org.jointcultivation.core.record.CultivationRecord record = builder.build();
    assertEquals(record, org.jointcultivation.core.json.CultivationJson.fromJson(
        org.jointcultivation.core.json.CultivationJson.toJson(record), org.jointcultivation.core.record.CultivationRecord.class));
    assertEquals(Map.of("amount", 20780.0, "currency", "GBP"), AttributeType.MONEY.value("20780 GBP"));

    assertEquals(java.util.Optional.of("must be a positive amount and an ISO 4217 currency such as 20780 GBP, not '20780'"),
        AttributeType.MONEY.problemWith("20780", java.util.List.of()));
    assertTrue(AttributeType.MONEY.problemWith("-5 GBP", java.util.List.of()).isPresent());
    assertTrue(AttributeType.MONEY.problemWith("5 XYZ", java.util.List.of()).isPresent());
    ValidationException wrong = assertThrows(ValidationException.class, () -> org.jointcultivation.core.record
        .CultivationRecord.builder().vocabulary(declared).addInstitution(SampleProgramme.institution(SampleProgramme.COLLEGE,
            org.jointcultivation.core.party.InstitutionKind.MEDICAL_COLLEGE))
        .addInstitution(SampleProgramme.institution(SampleProgramme.INSTITUTE,
            org.jointcultivation.core.party.InstitutionKind.RESEARCH_INSTITUTE))
        .addAgreement(SampleProgramme.agreement().build()).addStudent(SampleProgramme.student(SampleProgramme.STUDENT))
        .addCandidacy(org.jointcultivation.core.agreement.Candidacy.builder().student(SampleProgramme.STUDENT)
            .agreement(SampleProgramme.AGREEMENT).homeInstitution(SampleProgramme.COLLEGE).startDate(SampleProgramme.START)
            .putAttribute("stipend", "lots").build())
        .build());
    assertEquals("Candidacy", wrong.type());
    assertEquals("attributes.stipend", wrong.field());
  }
}
