package org.jointcultivation.rules;

import static org.jointcultivation.core.testing.SampleProgramme.COLLEGE;
import static org.jointcultivation.core.testing.SampleProgramme.PRACTICAL;
import static org.jointcultivation.core.testing.SampleProgramme.STUDENT;
import static org.jointcultivation.core.testing.SampleProgramme.THEORETICAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jointcultivation.core.norm.AuthorityLevel;
import org.jointcultivation.core.norm.BearerRole;
import org.jointcultivation.core.norm.Norm;
import org.jointcultivation.core.norm.NormKind;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.core.party.Tutor;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.testing.SampleProgramme;
import org.jointcultivation.core.vocabulary.AttributeDeclaration;
import org.jointcultivation.core.vocabulary.AttributeOwner;
import org.jointcultivation.core.vocabulary.AttributeType;
import org.jointcultivation.core.vocabulary.Vocabulary;
import org.jointcultivation.rules.testing.RegulationPacks;
import org.junit.jupiter.api.Test;

/** A norm applies when its CEL condition holds; conditions are checked against the vocabulary at build. */
class ConditionsTest {
  private static final LocalDate AS_OF = SampleProgramme.START.plusDays(60);
  private static final Vocabulary VOCABULARY = Vocabulary.EMPTY
      .withAttribute(AttributeOwner.TUTOR, "rank", AttributeDeclaration.choice("PROFESSOR", "ASSOCIATE", "ASSISTANT"))
      .withAttribute(AttributeOwner.INSTITUTION, "employees", AttributeDeclaration.of(AttributeType.INTEGER));

  /** A cap on students by rank: every tutor supervises both students of the sample programme. */
  private static Norm cap(String rank, int maximum) {
    return RegulationPacks.norm("cap-" + rank.toLowerCase(java.util.Locale.ROOT), StandardTemplates.LOAD_CAP,
            "At most " + maximum + " students for an " + rank.toLowerCase(java.util.Locale.ROOT),
            RegulationPacks.source("Commission", AuthorityLevel.NATIONAL, "Supervision rules", "§5"),
            Map.of("maximum", String.valueOf(maximum), "position", "ANY"), BearerRole.TUTOR)
        .kind(NormKind.PROHIBITION).condition("tutor.rank == '" + rank + "'").build();
  }

  private static PolicyPack pack(Norm... norms) {
    return PolicyPack.builder().id("CAPS").version("1").title("Caps").layer(AuthorityLevel.NATIONAL)
        .addNorms(norms).build();
  }

  private static CultivationRecord record(Map<TutorId, String> ranks) {
    return rebuilt(SampleProgramme.record(), tutor -> ranks.containsKey(tutor.id())
        ? Tutor.builder().from(tutor).putAttribute("rank", ranks.getOrDefault(tutor.id(), "")).build() : tutor,
        institution -> institution);
  }

  /** {@code record} with the vocabulary, its tutors and institutions changed by the functions. */
  static CultivationRecord rebuilt(CultivationRecord record, java.util.function.UnaryOperator<Tutor> tutors,
      java.util.function.UnaryOperator<org.jointcultivation.core.party.Institution> institutions) {
    CultivationRecord.Builder builder = CultivationRecord.builder().vocabulary(VOCABULARY);
    record.institutions().forEach(i -> builder.addInstitution(institutions.apply(i)));
    record.tutors().forEach(t -> builder.addTutor(tutors.apply(t)));
    record.students().forEach(builder::addStudent);
    record.agreements().forEach(builder::addAgreement);
    record.candidacies().forEach(builder::addCandidacy);
    record.assignments().forEach(builder::addAssignment);
    record.students().forEach(s -> record.placementsOf(s.id()).forEach(builder::addPlacement));
    record.administrators().forEach(builder::addAdministrator);
    return builder.addEvents(record.events()).build();
  }

  @Test
  void aNormApplies_onlyToTheSubjectsItsConditionHoldsFor() {
    RuleEngine engine = RuleEngine.builder().vocabulary(VOCABULARY)
        .addPack(pack(cap("ASSISTANT", 1), cap("ASSOCIATE", 2))).build();

    Assessment assessment = engine.evaluate(record(Map.of(THEORETICAL, "ASSISTANT", PRACTICAL, "ASSOCIATE",
        SampleProgramme.COLLEAGUE, "PROFESSOR", SampleProgramme.OUTSIDER, "PROFESSOR")), AS_OF);

    List<String> theoretical = assessment.obligationsAbout(Subject.of(THEORETICAL)).stream()
        .map(ObligationInstance::ruleId).distinct().toList();
    assertEquals(List.of("cap-assistant"), theoretical, "only the assistant's cap applies to the assistant");
    assertEquals(List.of("cap-associate"), assessment.obligationsAbout(Subject.of(PRACTICAL)).stream()
        .map(ObligationInstance::ruleId).distinct().toList());
    assertEquals(List.of(Subject.of(THEORETICAL)), assessment.violations().stream()
        .map(v -> v.obligation().subject()).distinct().toList(), "2 students break the assistant's cap of 1 only");
    assertTrue(assessment.errors().isEmpty(), assessment.errors().toString());
  }

  @Test
  void anUndeclaredAttribute_failsTheBuild_withItsLineAndColumn() {
    Norm misspelt = Norm.builder().from(cap("ASSISTANT", 1)).condition("tutor.rnak == 'ASSISTANT'").build();

    RuleConfigurationException e = assertThrows(RuleConfigurationException.class,
        () -> RuleEngine.builder().vocabulary(VOCABULARY).addPack(pack(misspelt)).build());

    assertEquals("condition", e.parameter());
    assertTrue(e.getMessage().contains("CAPS@1"), e.getMessage());
    assertTrue(e.getMessage().contains("cap-assistant"), e.getMessage());
    assertTrue(e.getMessage().contains("tutor.rnak at line 1, column 6"), e.getMessage());
    assertTrue(e.getMessage().contains("rank"), "the message lists what is known: " + e.getMessage());
  }

  @Test
  void aConditionOutsideItsScope_orNotTrueOrFalse_orTooLong_failsTheBuild() {
    Norm otherScope = Norm.builder().from(cap("ASSISTANT", 1)).condition("student.level == 'DOCTORAL'").build();
    RuleConfigurationException scope = assertThrows(RuleConfigurationException.class,
        () -> RuleEngine.builder().vocabulary(VOCABULARY).addPack(pack(otherScope)).build());
    assertTrue(scope.getMessage().contains("undeclared reference to 'student'"), scope.getMessage());
    assertTrue(scope.getMessage().contains("per tutor"), scope.getMessage());

    Norm number = Norm.builder().from(cap("ASSISTANT", 1)).condition("1 + 2").build();
    RuleConfigurationException notBoolean = assertThrows(RuleConfigurationException.class,
        () -> RuleEngine.builder().vocabulary(VOCABULARY).addPack(pack(number)).build());
    assertTrue(notBoolean.getMessage().contains("bool"), notBoolean.getMessage());

    Norm syntax = Norm.builder().from(cap("ASSISTANT", 1)).condition("tutor.rank == ").build();
    assertThrows(RuleConfigurationException.class,
        () -> RuleEngine.builder().vocabulary(VOCABULARY).addPack(pack(syntax)).build());

    Norm huge = Norm.builder().from(cap("ASSISTANT", 1))
        .condition("tutor.rank == 'ASSISTANT'" + " || tutor.rank == 'ASSISTANT'".repeat(80)).build();
    RuleConfigurationException tooLong = assertThrows(RuleConfigurationException.class,
        () -> RuleEngine.builder().vocabulary(VOCABULARY).addPack(pack(huge)).build());
    assertTrue(tooLong.getMessage().contains("2000"), tooLong.getMessage());
  }

  @Test
  void aConditionThatCannotBeEvaluatedForASubject_isAnErrorForThatSubject_notASilentFalse() {
    RuleEngine engine = RuleEngine.builder().vocabulary(VOCABULARY).addPack(pack(cap("ASSISTANT", 1))).build();

    Assessment assessment = engine.evaluate(record(Map.of(THEORETICAL, "ASSISTANT")), AS_OF);

    assertTrue(assessment.errors().stream().anyMatch(e -> e.ruleId().equals("cap-assistant")
            && e.subject().equals(Subject.of(PRACTICAL)) && e.message().contains("has(tutor.rank)")),
        "PRACTICAL has no rank: " + assessment.errors());
    assertTrue(assessment.violations().stream().anyMatch(v -> v.obligation().subject().equals(Subject.of(THEORETICAL))));
  }

  @Test
  void conditionsSeeBuiltInFields_attributesOfTheHome_andTheTeam_andDateFunctions() {
    Norm forStudents = RegulationPacks.norm("first-meeting", StandardTemplates.DEADLINE_AFTER_EVENT,
            "First meeting within 14 days", RegulationPacks.source("College", AuthorityLevel.INSTITUTION, "R", "§1"),
            Map.of("trigger", "PROGRAMME_START", "within", "P14D"), BearerRole.STUDENT)
        .condition("home.employees > 100 && team.exists(t, t.position == 'FIRST' && t.rank == 'ASSISTANT')"
            + " && daysBetween(student.startDate, asOf) == 60")
        .build();
    CultivationRecord record = rebuilt(record(Map.of(THEORETICAL, "ASSISTANT", PRACTICAL, "PROFESSOR")),
        tutor -> tutor, institution -> institution.id().equals(COLLEGE)
            ? org.jointcultivation.core.party.Institution.builder().from(institution).putAttribute("employees", "250")
                .build() : institution);
    RuleEngine engine = RuleEngine.builder().vocabulary(VOCABULARY).addPack(PolicyPack.builder().id("C").version("1")
        .title("c").layer(AuthorityLevel.INSTITUTION).institution(COLLEGE).addNorm(forStudents).build()).build();

    Assessment assessment = engine.evaluate(record, AS_OF);

    assertTrue(assessment.errors().isEmpty(), assessment.errors().toString());
    assertEquals(1, assessment.obligationsOf(STUDENT).size(), "the condition holds for S-1");
    assertEquals(0, engine.evaluate(record, AS_OF.plusDays(1)).obligationsOf(STUDENT).size(),
        "and not a day later, by daysBetween");
  }

  @Test
  void conditionsSeeTheSubjectsDatedRelations_andACommitteesMembers() {
    // No member of a defence committee may be related to the candidate; the chair must be external.
    Norm noRelatedMember = RegulationPacks.norm("no-related-member", StandardTemplates.EVENT_REQUIREMENT,
            "No member related to the candidate, and an external chair",
            RegulationPacks.source("Degree office", AuthorityLevel.NATIONAL, "Defence rules", "§3"),
            Map.of("event", "CommitteeConvened", "kinds", "DEFENCE", "requirement",
                "event.members.all(m, !relations.exists(r, r.with == m.id && r.kind == 'FAMILY'"
                    + " && r.startDate <= event.date && (!has(r.endDate) || r.endDate >= event.date)))"
                    + " && event.members.exists(m, m.role == 'CHAIR' && m.external && !m.supervisor)"),
            BearerRole.STUDENT)
        .build();
    Vocabulary vocabulary = VOCABULARY.withRelation("FAMILY", "related by blood or marriage");
    org.jointcultivation.core.event.CommitteeConvened defence = org.jointcultivation.core.event.CommitteeConvened
        .builder().id(org.jointcultivation.core.event.EventId.of("C-1")).date(AS_OF).student(STUDENT).purpose("DEFENCE")
        .addMembers(org.jointcultivation.core.event.CommitteeMember.of(SampleProgramme.OUTSIDER,
            org.jointcultivation.core.event.CommitteeRole.CHAIR))
        .addMembers(org.jointcultivation.core.event.CommitteeMember.of(SampleProgramme.COLLEAGUE,
            org.jointcultivation.core.event.CommitteeRole.MEMBER))
        .build();
    RuleEngine engine = RuleEngine.builder().vocabulary(vocabulary).addPack(pack(noRelatedMember)).build();
    java.util.function.Function<java.util.List<org.jointcultivation.core.party.Relation>, ObligationState> judged =
        relations -> {
          CultivationRecord.Builder builder = SampleProgramme.builder().vocabulary(vocabulary).addEvent(defence);
          relations.forEach(builder::addRelation);
          Assessment assessment = engine.evaluate(builder.build(), AS_OF);
          assertTrue(assessment.errors().isEmpty(), assessment.errors().toString());
          return assessment.obligationsOf(STUDENT).get(0).state();
        };
    org.jointcultivation.core.party.Relation.Builder family = org.jointcultivation.core.party.Relation.builder()
        .kind("FAMILY").person(STUDENT).other(SampleProgramme.COLLEAGUE);

    assertEquals(ObligationState.FULFILLED, judged.apply(List.of()), "the chair is of the enterprise, not the college");
    assertEquals(ObligationState.VIOLATED, judged.apply(List.of(family.startDate(AS_OF.minusYears(5)).build())));
    assertEquals(ObligationState.FULFILLED, judged.apply(List.of(family.startDate(AS_OF.minusYears(5))
        .endDate(AS_OF.minusYears(1)).build())), "a relation that ended before the committee sat");
  }

  @Test
  void conditionsSeeTheCandidacysAndTheTeamsOwnFacts_andMoneyAsAmountAndCurrency() {
    Vocabulary vocabulary = VOCABULARY
        .withAttribute(AttributeOwner.CANDIDACY, "stipend", AttributeDeclaration.of(AttributeType.MONEY))
        .withAttribute(AttributeOwner.TEAM, "firstTutorShare", AttributeDeclaration.of(AttributeType.DECIMAL));
    java.util.function.Function<String, Norm> firstMeeting = condition -> RegulationPacks.norm("first-meeting",
            StandardTemplates.DEADLINE_AFTER_EVENT, "First meeting within 14 days",
            RegulationPacks.source("Funder", AuthorityLevel.NATIONAL, "Terms", "§1"),
            Map.of("trigger", "PROGRAMME_START", "within", "P14D"), BearerRole.STUDENT)
        .condition(condition).build();
    Norm funded = firstMeeting.apply("candidacy.stipend.currency == 'GBP' && candidacy.stipend.amount >= 20780.0"
        + " && assignment.firstTutorShare >= 0.5");
    CultivationRecord.Builder builder = CultivationRecord.builder().vocabulary(vocabulary);
    CultivationRecord sample = SampleProgramme.record();
    sample.institutions().forEach(builder::addInstitution);
    sample.tutors().forEach(builder::addTutor);
    sample.students().forEach(builder::addStudent);
    sample.agreements().forEach(builder::addAgreement);
    sample.candidacies().forEach(c -> builder.addCandidacy(org.jointcultivation.core.agreement.Candidacy.builder().from(c)
        .putAttribute("stipend", c.student().equals(STUDENT) ? "20780 GBP" : "19000 GBP").build()));
    sample.assignments().forEach(a -> builder.addAssignment(org.jointcultivation.core.agreement.DualTutorAssignment
        .builder().from(a).putAttribute("firstTutorShare", "0.6").build()));
    Assessment assessment = RuleEngine.builder().vocabulary(vocabulary).addPack(pack(funded)).build()
        .evaluate(builder.build(), AS_OF);
    assertTrue(assessment.errors().isEmpty(), assessment.errors().toString());
    assertEquals(1, assessment.obligationsOf(STUDENT).size());
    assertEquals(0, assessment.obligationsOf(SampleProgramme.OTHER_STUDENT).size(), "a stipend below the floor");

    RuleConfigurationException misspelt = assertThrows(RuleConfigurationException.class, () -> RuleEngine.builder()
        .vocabulary(vocabulary).addPack(pack(firstMeeting.apply("candidacy.stipnd.amount > 0.0"))).build());
    assertTrue(misspelt.getMessage().contains("candidacy.stipnd"), misspelt.getMessage());
  }
}
