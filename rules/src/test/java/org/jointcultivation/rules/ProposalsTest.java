package org.jointcultivation.rules;

import static org.jointcultivation.core.testing.SampleProgramme.COLLEGE;
import static org.jointcultivation.core.testing.SampleProgramme.ENTERPRISE;
import static org.jointcultivation.core.testing.SampleProgramme.INSTITUTE;
import static org.jointcultivation.core.testing.SampleProgramme.OUTSIDER;
import static org.jointcultivation.core.testing.SampleProgramme.PRACTICAL;
import static org.jointcultivation.core.testing.SampleProgramme.STUDENT;
import static org.jointcultivation.core.testing.SampleProgramme.THEORETICAL;
import static org.jointcultivation.rules.Programme.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.jointcultivation.core.event.Author;
import org.jointcultivation.core.event.Decision;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.ExchangeActivityRecorded;
import org.jointcultivation.core.event.ExchangeKind;
import org.jointcultivation.core.event.IncidentKind;
import org.jointcultivation.core.event.IncidentReported;
import org.jointcultivation.core.event.Measure;
import org.jointcultivation.core.event.MeasureDecided;
import org.jointcultivation.core.event.MeasureKind;
import org.jointcultivation.core.event.MeasureProposed;
import org.jointcultivation.core.event.Milestone;
import org.jointcultivation.core.event.MilestoneReviewed;
import org.jointcultivation.core.event.PublicationSubmitted;
import org.jointcultivation.core.event.ReviewOutcome;
import org.jointcultivation.core.event.Severity;
import org.jointcultivation.core.norm.AuthorityLevel;
import org.jointcultivation.core.norm.BearerRole;
import org.jointcultivation.core.norm.DueProcessStep;
import org.jointcultivation.core.norm.Norm;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.core.norm.Recurrence;
import org.jointcultivation.core.norm.RecurrenceUnit;
import org.jointcultivation.core.norm.SanctionPolicy;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.testing.RegulationPacks;
import org.jointcultivation.rules.testing.Scenario;
import org.junit.jupiter.api.Test;

/** Sanctions climb a ladder over history and decisions; rewards go to trainees with their tutors. */
class ProposalsTest {
  /** The student must hold a meeting every month; each empty month is a violation the student bears. */
  private static final Norm MONTHLY = RegulationPacks.norm("monthly-meeting", StandardTemplates.MINIMUM_COUNT_PER_PERIOD,
      "A meeting every month", RegulationPacks.source("College", AuthorityLevel.INSTITUTION, "Rules", "§1"),
      params("minimum", "1"), BearerRole.STUDENT).recurrence(Recurrence.every(RecurrenceUnit.MONTH)).build();

  private static RuleEngine disciplineEngine() {
    PolicyPack pack = PolicyPack.builder().id("COLLEGE").version("1").title("College rules")
        .layer(AuthorityLevel.INSTITUTION).institution(COLLEGE).addNorm(MONTHLY)
        .addSanctionPolicy(RegulationPacks.studentLadder()).build();
    return RuleEngine.builder().addPack(pack).build();
  }

  @Test
  void sanctions_twoViolationsProposeCriticism_underTheGoverningRegulations() {
    Proposal proposal = Scenario.given(Programme.sample().record()).under(disciplineEngine())
        .at(LocalDate.of(2025, 11, 5))
        .expectProposal(STUDENT, "CRITICISM");

    assertEquals(MeasureKind.SANCTION, proposal.kind());
    assertEquals(List.of(COLLEGE, INSTITUTE), proposal.governingRegulations());
    assertEquals(List.of(DueProcessStep.NOTICE, DueProcessStep.DECISION), proposal.dueProcess());
    assertEquals(Optional.of(Period.ofDays(10)), proposal.appealWindow());
    assertEquals(2, proposal.violations().size());
    assertTrue(proposal.explanation().sentence().contains("2 offences since the start"), proposal.explanation().sentence());
  }

  @Test
  void sanctions_everyPolicyOfAPackProposes_whenOnePackHoldsTwoForTheSameSubject() {
    SanctionPolicy warnings = SanctionPolicy.builder().from(RegulationPacks.studentLadder()).id("student-warnings")
        .ladder(List.of(org.jointcultivation.core.norm.LadderStep.builder().code("WARNING").label("warning")
            .addDueProcess(DueProcessStep.NOTICE).build()))
        .build();
    PolicyPack pack = PolicyPack.builder().id("COLLEGE").version("1").title("College rules")
        .layer(AuthorityLevel.INSTITUTION).institution(COLLEGE).addNorm(MONTHLY)
        .addSanctionPolicy(RegulationPacks.studentLadder()).addSanctionPolicy(warnings).build();
    RuleEngine engine = RuleEngine.builder().addPack(pack).build();

    Assessment assessment = engine.evaluate(Programme.sample().record(), LocalDate.of(2025, 11, 5));

    assertEquals(List.of("student-discipline", "student-warnings"),
        assessment.proposalsFor(STUDENT).stream().map(Proposal::policyId).sorted().toList());
  }

  @Test
  void sanctions_decisionConsumesOffences_thenTheNextStepFollowsNewOnes() {
    Programme programme = Programme.sample()
        .add(MeasureProposed.builder().id(EventId.of("MP-1")).date(LocalDate.of(2025, 11, 6)).subject(STUDENT)
            .measure(Measure.sanction("CRITICISM")).reason("two empty months").build())
        .add(MeasureDecided.builder().id(EventId.of("MD-1")).date(LocalDate.of(2025, 11, 10))
            .proposal(EventId.of("MP-1")).subject(STUDENT).decision(Decision.APPROVED).decidedBy(THEORETICAL)
            .reasons("agreed").build());
    CultivationRecord record = programme.record();

    Scenario.given(record).under(disciplineEngine()).at(LocalDate.of(2025, 11, 20)).expectNoProposal(STUDENT);
    Scenario.given(record).under(disciplineEngine()).at(LocalDate.of(2026, 1, 5)).expectProposal(STUDENT, "EDUCATION");
  }

  @Test
  void sanctions_pendingProposalIsNotRepeated() {
    CultivationRecord record = Programme.sample()
        .add(MeasureProposed.builder().id(EventId.of("MP-1")).date(LocalDate.of(2025, 11, 6)).subject(STUDENT)
            .measure(Measure.sanction("CRITICISM")).reason("two empty months").build())
        .record();

    Scenario.given(record).under(disciplineEngine()).at(LocalDate.of(2026, 3, 1)).expectNoProposal(STUDENT);
  }

  @Test
  void sanctions_seriousInsubordinationProposesTermination() {
    CultivationRecord record = Programme.sample()
        .add(IncidentReported.builder().id(EventId.of("I-1")).date(LocalDate.of(2025, 9, 20)).subject(STUDENT)
            .kind(IncidentKind.INSUBORDINATION).severity(Severity.SERIOUS).description("refused lab safety rules")
            .build())
        .record();

    Proposal proposal = Scenario.given(record).under(disciplineEngine()).at(LocalDate.of(2025, 9, 25))
        .expectProposal(STUDENT, "TERMINATION");

    assertTrue(proposal.endsJointCultivation());
    assertEquals(List.of(EventId.of("I-1")), proposal.evidence());
    assertTrue(proposal.reasons().get(1).contains("no termination clause"), proposal.reasons().toString());
  }

  @Test
  void rewards_excellentTraineeTogetherWithTutors() {
    Author student = Author.of("Li Wei", STUDENT, COLLEGE);
    Author practical = Author.of("Chen Jun", PRACTICAL, INSTITUTE);
    CultivationRecord record = Programme.sample()
        .add(MilestoneReviewed.builder().id(EventId.of("R-1")).date(LocalDate.of(2026, 6, 1)).student(STUDENT)
            .milestone(Milestone.ANNUAL_PROGRESS_REVIEW).outcome(ReviewOutcome.EXCELLENT).panelSize(3).build())
        .add(PublicationSubmitted.builder().id(EventId.of("PUB-1")).date(LocalDate.of(2026, 5, 1)).student(STUDENT)
            .title("Hypoxia").addAuthors(student, practical).addCorrespondingAuthor(practical).build())
        .record();
    PolicyPack pack = PolicyPack.builder().id("SEED1").version("1").title("rewards").layer(AuthorityLevel.NATIONAL)
        .addRewardPolicy(RegulationPacks.excellentTrainee()).build();
    Scenario scenario = Scenario.given(record).under(RuleEngine.builder().addPack(pack).build())
        .at(LocalDate.of(2026, 7, 1));

    Proposal forStudent = scenario.expectProposal(STUDENT, "EXCELLENT_TRAINEE_AWARD");
    scenario.expectProposal(THEORETICAL, "EXCELLENT_TRAINEE_AWARD");
    Proposal forTutor = scenario.expectProposal(PRACTICAL, "EXCELLENT_TRAINEE_AWARD");
    scenario.expectNoProposal(org.jointcultivation.core.testing.SampleProgramme.OTHER_STUDENT);
    assertEquals(MeasureKind.REWARD, forStudent.kind());
    assertEquals(List.of(EventId.of("R-1"), EventId.of("PUB-1")), forStudent.evidence());
    assertTrue(forTutor.explanation().sentence().contains("rewarded together with trainee S-1"),
        forTutor.explanation().sentence());
  }

  @Test
  void rewards_outstandingTeacherAndEnterpriseExpert_seed2() {
    CultivationRecord record = Programme.sample()
        .add(exchange("X-1", THEORETICAL, ENTERPRISE, ExchangeKind.TEACHER_PRACTICE_IN_ENTERPRISE, 45))
        .add(exchange("X-2", OUTSIDER, COLLEGE, ExchangeKind.EXPERT_TEACHING_AT_SCHOOL, 50))
        .add(exchange("X-3", PRACTICAL, ENTERPRISE, ExchangeKind.TEACHER_PRACTICE_IN_ENTERPRISE, 10))
        .record();
    PolicyPack pack = PolicyPack.builder().id("COLLEGE").version("1").title("incentives")
        .layer(AuthorityLevel.INSTITUTION).institution(COLLEGE).addRewardPolicy(RegulationPacks.outstandingTeacher())
        .build();
    Scenario scenario = Scenario.given(record).under(RuleEngine.builder().addPack(pack).build())
        .at(LocalDate.of(2026, 3, 1));

    scenario.expectProposal(THEORETICAL, "OUTSTANDING_TEACHER_AWARD");
    Proposal expert = scenario.expectProposal(OUTSIDER, "OUTSTANDING_TEACHER_AWARD");
    scenario.expectNoProposal(PRACTICAL);
    assertTrue(expert.explanation().sentence().contains("50 hours of EXPERT_TEACHING_AT_SCHOOL"),
        expert.explanation().sentence());
  }

  private static ExchangeActivityRecorded exchange(String id, org.jointcultivation.core.party.TutorId tutor,
      org.jointcultivation.core.party.InstitutionId host, ExchangeKind kind, int hours) {
    return ExchangeActivityRecorded.builder().id(EventId.of(id)).date(LocalDate.of(2025, 12, 1)).tutor(tutor)
        .host(host).kind(kind).hours(hours).build();
  }

  @Test
  void sanctions_supervisorLadder_fromViolationsTheTutorBears() {
    SanctionPolicy supervisors = SanctionPolicy.builder().id("supervisor-conduct")
        .title("Interview, reduced quota, suspended admission, loss of status")
        .source(RegulationPacks.source("Ministry of Education", AuthorityLevel.NATIONAL,
            "Code of conduct for postgraduate supervisors", "§10"))
        .subject(org.jointcultivation.core.norm.MeasureSubject.TUTOR)
        .addLadder(org.jointcultivation.core.norm.LadderStep.builder().code("INTERVIEW").label("interview")
            .addDueProcess(DueProcessStep.NOTICE).build())
        .addLadder(org.jointcultivation.core.norm.LadderStep.builder().code("REDUCED_QUOTA").label("reduced admission quota")
            .addDueProcess(DueProcessStep.NOTICE, DueProcessStep.DECISION).build())
        .addLadder(org.jointcultivation.core.norm.LadderStep.builder().code("SUSPENDED_ADMISSION").label("suspended admission")
            .addDueProcess(DueProcessStep.NOTICE, DueProcessStep.STATEMENT_OF_CASE, DueProcessStep.DECISION).build())
        .addLadder(org.jointcultivation.core.norm.LadderStep.builder().code("LOSS_OF_SUPERVISOR_STATUS")
            .label("loss of supervisor status").addDueProcess(DueProcessStep.NOTICE, DueProcessStep.HEARING,
                DueProcessStep.DECISION, DueProcessStep.APPEAL_WINDOW).build())
        .violationsPerStep(2).window(Period.ofYears(1)).build();
    PolicyPack pack = PolicyPack.builder().id("MOE").version("2020").title("national").layer(AuthorityLevel.NATIONAL)
        .addNorm(RegulationPacks.tutorCommunication()).addSanctionPolicy(supervisors).build();

    Proposal interview = Scenario.given(Programme.sample().record()).under(RuleEngine.builder().addPack(pack).build())
        .at(LocalDate.of(2025, 11, 1))
        .expectProposal(PRACTICAL, "INTERVIEW");

    assertEquals(List.of(org.jointcultivation.core.party.InstitutionId.of("IMB")), interview.governingRegulations());
    assertEquals(2, interview.violations().size(), "the person in charge missed contacting both students' second tutor");
    assertTrue(interview.explanation().sentence().startsWith("propose INTERVIEW for T-PRAC"), interview.explanation().sentence());
  }
}
