package org.jointcultivation.rules;

import static org.jointcultivation.core.testing.SampleProgramme.AGREEMENT;
import static org.jointcultivation.core.testing.SampleProgramme.COLLEAGUE;
import static org.jointcultivation.core.testing.SampleProgramme.THEORETICAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.jointcultivation.core.agreement.Candidacy;
import org.jointcultivation.core.event.Decision;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.ExemptionGranted;
import org.jointcultivation.core.event.IncidentKind;
import org.jointcultivation.core.event.IncidentReported;
import org.jointcultivation.core.event.Measure;
import org.jointcultivation.core.event.MeasureDecided;
import org.jointcultivation.core.event.MeasureKind;
import org.jointcultivation.core.event.MeasureProposed;
import org.jointcultivation.core.event.Severity;
import org.jointcultivation.core.norm.AuthorityLevel;
import org.jointcultivation.core.norm.LadderStep;
import org.jointcultivation.core.norm.MeasureSubject;
import org.jointcultivation.core.norm.Norm;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.core.norm.SanctionPolicy;
import org.jointcultivation.core.party.Student;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.StudyLevel;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.testing.SampleProgramme;
import org.jointcultivation.rules.testing.RegulationPacks;
import org.junit.jupiter.api.Test;

/**
 * Measures with a duration, levels and a quota, honoured by {@code no-new-students-while-suspended};
 * exemptions that lift one case; a ladder bound to selected rules; ladder steps whose terms travel
 * into the proposal.
 */
class MeasuresThatLastTest {
  private static final LocalDate DECIDED = LocalDate.of(2026, 1, 1);
  private static final Norm QUOTA_HONOURED = Norm.builder().from(RegulationPacks.noNewStudents())
      .parameters(Map.of("measures", "REDUCED_QUOTA")).build();

  /** A quota of 2 for a year, decided 2026-01-01, for a tutor who supervises 2 master's students. */
  private static Measure reducedQuota() {
    return Measure.builder().kind(MeasureKind.SANCTION).code("REDUCED_QUOTA").quota(2).duration(Period.ofYears(1)).build();
  }

  /** The colleague supervises S-A and S-B from 2025; S-NEW starts with them on {@code newStart}. */
  private static CultivationRecord.Builder record(Measure measure, LocalDate newStart, StudyLevel newLevel) {
    CultivationRecord.Builder builder = SampleProgramme.builder()
        .addEvent(MeasureProposed.builder().id(EventId.of("MP-1")).date(DECIDED.minusMonths(1)).subject(COLLEAGUE)
            .measure(measure).reason("a third student without a co-supervisor").build())
        .addEvent(MeasureDecided.builder().id(EventId.of("MD-1")).date(DECIDED).proposal(EventId.of("MP-1"))
            .subject(COLLEAGUE).decision(Decision.APPROVED).decidedBy(THEORETICAL).reasons("upheld").build());
    addStudent(builder, "S-A", LocalDate.of(2025, 3, 1), StudyLevel.MASTER);
    addStudent(builder, "S-B", LocalDate.of(2025, 3, 1), StudyLevel.MASTER);
    addStudent(builder, "S-NEW", newStart, newLevel);
    return builder;
  }

  private static void addStudent(CultivationRecord.Builder builder, String id, LocalDate start, StudyLevel level) {
    StudentId student = StudentId.of(id);
    builder.addStudent(Student.builder().from(SampleProgramme.student(student)).level(level).startDate(start).build())
        .addCandidacy(Candidacy.builder().student(student).agreement(AGREEMENT)
            .homeInstitution(SampleProgramme.COLLEGE).hostInstitution(SampleProgramme.INSTITUTE).startDate(start).build())
        .addAssignment(SampleProgramme.assignment(student).firstTutor(COLLEAGUE).startDate(start).build());
  }

  private static Assessment evaluate(CultivationRecord record, LocalDate asOf) {
    return Programme.engine(QUOTA_HONOURED).evaluate(record, asOf);
  }

  private static ExemptionGranted exemption(LocalDate day, String obligation) {
    return ExemptionGranted.builder().id(EventId.of("EX-1")).date(day).subject(COLLEAGUE).obligation(obligation)
        .decidedBy(THEORETICAL).reasons("the student's first supervisor retired").build();
  }

  @Test
  void v16_aThirdStudentWhileTheReducedQuotaLasts_breachesIt_andAfterItsYear_doesNot() {
    Assessment during = evaluate(record(reducedQuota(), LocalDate.of(2026, 6, 1), StudyLevel.MASTER).build(),
        LocalDate.of(2026, 7, 1));
    assertEquals(List.of("no-new-students/T-COLL/MD-1/S-NEW"),
        during.violationsOf(COLLEAGUE).stream().map(v -> v.obligation().id()).toList());
    assertEquals("took on S-NEW on 2026-06-01, 3 students supervised at once, while REDUCED_QUOTA (decided 2026-01-01,"
            + " until 2026-12-31, quota 2) was in force",
        during.violationsOf(COLLEAGUE).get(0).obligation().explanation().computed().orElseThrow());

    Assessment after = evaluate(record(reducedQuota(), LocalDate.of(2027, 2, 1), StudyLevel.MASTER).build(),
        LocalDate.of(2027, 3, 1));
    assertEquals(List.of(), after.violationsOf(COLLEAGUE));
    assertEquals(List.of(), after.obligationsOf(COLLEAGUE), "no student was taken on while it lasted");
  }

  @Test
  void aMeasureLimitedToDoctoralAdmission_letsAMastersStudentIn_andCountsOnlyDoctoralStudents() {
    Measure doctoralOnly = Measure.builder().from(reducedQuota()).quota(0).addLevels(StudyLevel.DOCTORAL).build();
    LocalDate start = LocalDate.of(2026, 6, 1);
    assertEquals(List.of(), evaluate(record(doctoralOnly, start, StudyLevel.MASTER).build(), start).obligationsOf(COLLEAGUE));
    assertEquals(1, evaluate(record(doctoralOnly, start, StudyLevel.DOCTORAL).build(), start).violationsOf(COLLEAGUE).size());

    Measure roomForOneDoctoral = Measure.builder().from(doctoralOnly).quota(1).build();
    Assessment within = evaluate(record(roomForOneDoctoral, start, StudyLevel.DOCTORAL).build(), start);
    assertEquals(List.of(), within.violationsOf(COLLEAGUE), "the two master's students do not count");
    assertEquals(ObligationState.FULFILLED, within.obligationsOf(COLLEAGUE).get(0).state());
  }

  @Test
  void anExemption_liftsThatCase_fromTheDayItIsGranted() {
    String obligation = "no-new-students/T-COLL/MD-1/S-NEW";
    LocalDate granted = LocalDate.of(2026, 6, 15);
    CultivationRecord record = record(reducedQuota(), LocalDate.of(2026, 6, 1), StudyLevel.MASTER)
        .addEvent(exemption(granted, obligation)).build();

    Assessment before = evaluate(record, granted.minusDays(1));
    assertEquals(1, before.violationsOf(COLLEAGUE).size(), "the day before, the breach stands");

    Assessment after = evaluate(record, granted);
    assertEquals(List.of(), after.violationsOf(COLLEAGUE));
    ObligationInstance lifted = after.obligation(obligation).orElseThrow();
    assertEquals(ObligationState.DISCHARGED, lifted.state());
    assertEquals(LocalDate.of(2026, 6, 1), lifted.transitions().get(lifted.transitions().size() - 1).date());
    assertTrue(lifted.transitions().get(lifted.transitions().size() - 1).reason()
        .startsWith("exempted by EX-1 on 2026-06-15"), lifted.transitions().toString());
    assertTrue(lifted.explanation().countedEvents().contains(EventId.of("EX-1")));
  }

  @Test
  void anExemption_liftsOnlyTheCaseItNames_forItsOwnSubject() {
    // A second newcomer, S-LATE, is also a breach; the exemption names S-NEW's case only.
    CultivationRecord.Builder builder = record(reducedQuota(), LocalDate.of(2026, 6, 1), StudyLevel.MASTER)
        .addEvent(exemption(LocalDate.of(2026, 6, 2), "no-new-students/T-COLL/MD-1/S-NEW"));
    addStudent(builder, "S-LATE", LocalDate.of(2026, 8, 1), StudyLevel.MASTER);
    Assessment assessment = evaluate(builder.build(), LocalDate.of(2026, 9, 1));
    assertEquals(List.of("no-new-students/T-COLL/MD-1/S-LATE"),
        assessment.violationsOf(COLLEAGUE).stream().map(v -> v.obligation().id()).toList());
  }

  @Test
  void property_aCaseIsABreach_exactlyWhenInForceAtItsLevel_andBeyondTheQuota() {
    qt().withExamples(150).forAll(integers().between(0, 3), integers().between(1, 24), integers().between(1, 800),
            integers().between(0, 1))
        .checkAssert((quota, months, daysAfter, doctoral) -> {
          Measure measure = Measure.builder().kind(MeasureKind.SANCTION).code("REDUCED_QUOTA").quota(quota)
              .duration(Period.ofMonths(months)).addLevels(StudyLevel.MASTER).build();
          LocalDate start = DECIDED.plusDays(daysAfter);
          StudyLevel level = doctoral == 1 ? StudyLevel.DOCTORAL : StudyLevel.MASTER;
          Assessment assessment = evaluate(record(measure, start, level).build(), start);
          boolean inForce = start.isBefore(DECIDED.plusMonths(months));
          // S-A and S-B are master's students: with S-NEW, 3 at once at the measure's level.
          boolean expectBreach = inForce && level == StudyLevel.MASTER && 3 > quota;
          assertEquals(expectBreach, !assessment.violationsOf(COLLEAGUE).isEmpty(),
              "quota " + quota + ", " + months + " months, start " + start + ", " + level);
          assertEquals(inForce && level == StudyLevel.MASTER ? 1 : 0, assessment.obligationsOf(COLLEAGUE).size());
        });
  }

  @Test
  void aLadderStepsTerms_travelIntoItsProposal() {
    SanctionPolicy ladder = SanctionPolicy.builder().from(RegulationPacks.studentLadder()).subject(MeasureSubject.TUTOR)
        .violationsPerStep(1).ladder(List.of(LadderStep.builder().code("REDUCED_QUOTA").label("reduced quota").quota(2)
            .duration(Period.ofYears(1)).addLevels(StudyLevel.DOCTORAL).build()))
        .build();
    CultivationRecord record = SampleProgramme.builder().addEvent(incident("I-1", LocalDate.of(2026, 2, 1))).build();
    Assessment assessment = RuleEngine.builder().addPack(PolicyPack.builder()
            .from(Programme.pack("LADDER", AuthorityLevel.NATIONAL, RegulationPacks.noNewStudents()))
            .sanctionPolicies(List.of(ladder)).build()).build()
        .evaluate(record, LocalDate.of(2026, 3, 1));
    Measure proposed = assessment.proposalsFor(Subject.of(COLLEAGUE)).get(0).measure();
    assertEquals(Measure.builder().kind(MeasureKind.SANCTION).code("REDUCED_QUOTA").quota(2).duration(Period.ofYears(1))
        .addLevels(StudyLevel.DOCTORAL).build(), proposed);
  }

  @Test
  void aLadderBoundToSelectedRules_countsOnlyTheirViolations() {
    // The colleague breaches no-new-students; a ladder bound to another norm does not see it.
    CultivationRecord record = record(reducedQuota(), LocalDate.of(2026, 6, 1), StudyLevel.MASTER)
        .addEvent(incident("I-1", LocalDate.of(2026, 6, 10))).build();
    Norm other = Norm.builder().from(RegulationPacks.noNewStudents()).id("other-norm").build();
    java.util.function.Function<String, List<Proposal>> proposalsBoundTo = offences -> RuleEngine.builder()
        .addPack(PolicyPack.builder().from(Programme.pack("LADDER", AuthorityLevel.NATIONAL, QUOTA_HONOURED, other))
            .sanctionPolicies(List.of(SanctionPolicy.builder().from(RegulationPacks.studentLadder())
                .subject(MeasureSubject.TUTOR).violationsPerStep(1).putParameter("offences", offences).build()))
            .build())
        .build().evaluate(record, LocalDate.of(2026, 7, 1)).proposalsFor(Subject.of(COLLEAGUE));

    List<Proposal> bound = proposalsBoundTo.apply("no-new-students");
    assertEquals(1, bound.size());
    assertEquals(List.of("no-new-students/T-COLL/MD-1/S-NEW"), bound.get(0).violations());
    assertEquals(List.of(), bound.get(0).evidence(), "a bound ladder counts no incidents");
    assertEquals(List.of(), proposalsBoundTo.apply("other-norm"));
  }

  @Test
  void aLadderBoundToANormThePackDoesNotHave_failsTheBuild() {
    RuleConfigurationException error = assertThrows(RuleConfigurationException.class, () -> RuleEngine.builder()
        .addPack(PolicyPack.builder().from(Programme.pack("LADDER", AuthorityLevel.NATIONAL, QUOTA_HONOURED))
            .sanctionPolicies(List.of(SanctionPolicy.builder().from(RegulationPacks.studentLadder())
                .putParameter("offences", "no-new-studnets").build()))
            .build())
        .build());
    assertTrue(error.getMessage().contains("'offences' names 'no-new-studnets', which is not a norm of pack LADDER@1"),
        error.getMessage());
  }

  @Test
  void anExemptionForAnAdministrator_isRefused() {
    assertThrows(org.jointcultivation.core.ValidationException.class, () -> SampleProgramme.builder()
        .addAdministrator(org.jointcultivation.core.party.Administrator.builder()
            .id(org.jointcultivation.core.party.AdministratorId.of("A-1")).name("office")
            .institution(SampleProgramme.COLLEGE).addRoles(org.jointcultivation.core.party.AdministratorRole.PROGRAMME_OFFICE)
            .build())
        .addEvent(ExemptionGranted.builder().id(EventId.of("EX-1")).date(DECIDED)
            .subject(org.jointcultivation.core.party.AdministratorId.of("A-1")).obligation("x/y/z")
            .decidedBy(THEORETICAL).reasons("none").build())
        .build());
  }

  private static IncidentReported incident(String id, LocalDate day) {
    return IncidentReported.builder().id(EventId.of(id)).date(day).subject(COLLEAGUE).reportedBy(THEORETICAL)
        .kind(IncidentKind.NEGLIGENCE).severity(Severity.MINOR).description("missed supervision").build();
  }

}
