package org.jointcultivation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.party.TutorId;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.jointcultivation.core.party.DegreeType;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.StudyLevel;
import org.jointcultivation.core.party.StudyMode;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.Assessment;
import org.jointcultivation.rules.ObligationInstance;
import org.jointcultivation.rules.ObligationState;
import org.jointcultivation.rules.RuleEngine;
import org.jointcultivation.rules.Violation;
import org.junit.jupiter.api.Test;

/**
 * The second set of real regulations (REGULATIONS-2.md), each encoded by configuration alone in a
 * pack file under {@code regulations/second-set/} with the set's vocabulary, each checked against
 * the outcomes its scenario lists. Test names start with the regulation's id.
 */
class SecondSetRegulationsTest {
  private static final Map<String, String> NO_FIELDS = Map.of();

  private static ObligationInstance only(Assessment assessment, String student) {
    List<ObligationInstance> found = assessment.obligationsOf(StudentId.of(student));
    assertEquals(1, found.size(), student + ": " + found);
    return found.get(0);
  }

  private static String sentence(ObligationInstance obligation) {
    return obligation.explanation().sentence();
  }

  @Test
  void V2_confirmationWindow_tooEarlyIsABreach_tooLateIsABreach_andRemindersGoOutBeforeItCloses() {
    LocalDate start = LocalDate.of(2025, 3, 1);
    CultivationRecord record = new SecondSetProgramme()
        .student("PHD-FT", StudyLevel.DOCTORAL, DegreeType.ACADEMIC, StudyMode.FULL_TIME, start, "T1", "T2")
        .student("PHD-PT", StudyLevel.DOCTORAL, DegreeType.ACADEMIC, StudyMode.PART_TIME, start, "T1", "T2")
        .student("MRES-FT", StudyLevel.MASTER, DegreeType.ACADEMIC, StudyMode.FULL_TIME, start, "T1", "T2")
        .declared("CandidatureConfirmed", LocalDate.of(2025, 7, 15), "PHD-FT", NO_FIELDS)
        .declared("CandidatureConfirmed", LocalDate.of(2025, 8, 20), "MRES-FT", NO_FIELDS)
        .record();
    RuleEngine engine = SecondSetProgramme.engine("v2-rmit-confirmation.yaml");

    Assessment assessment = engine.evaluate(record, LocalDate.of(2027, 3, 2));

    ObligationInstance early = only(assessment, "PHD-FT");
    assertEquals(ObligationState.VIOLATED, early.state(), sentence(early));
    assertEquals(LocalDate.of(2025, 7, 15), early.breach().orElseThrow().date());
    assertTrue(sentence(early).contains("before 2025-09-01"), sentence(early));
    ObligationInstance missing = only(assessment, "PHD-PT");
    assertEquals(ObligationState.OVERDUE, missing.state());
    assertEquals(LocalDate.of(2027, 3, 1), missing.dueDate().orElseThrow());
    assertEquals(ObligationState.FULFILLED, only(assessment, "MRES-FT").state());
    assertEquals(List.of(StudentId.of("PHD-FT"), StudentId.of("PHD-PT")),
        assessment.violations().stream().map(Violation::obligation).map(o -> o.student().orElseThrow()).toList());

    assertEquals(ObligationState.CREATED, only(engine.evaluate(record, LocalDate.of(2025, 6, 1)), "PHD-PT").state(),
        "not in force before its window opens on 2026-03-01");
    assertEquals(ObligationState.IN_EFFECT, only(engine.evaluate(record, LocalDate.of(2026, 4, 1)), "PHD-PT").state());

    List<ObligationInstance> reminders = engine.evaluate(record, LocalDate.of(2027, 2, 1)).dueWithin(Period.ofDays(30));
    assertEquals(List.of("confirmation-phd-part-time"), reminders.stream().map(ObligationInstance::ruleId).toList());
    assertEquals(List.of(), engine.evaluate(record, LocalDate.of(2026, 2, 15)).dueWithin(Period.ofDays(30)));
  }

  /** V3's candidate: presents on 2025-11-28 and is confirmed that day; the form and the funds vary. */
  private static CultivationRecord victoria(LocalDate lodged, LocalDate disbursed, String holidays) {
    SecondSetProgramme programme = new SecondSetProgramme();
    if (!holidays.isEmpty()) {
      programme.institution(SecondSetProgramme.UNIVERSITY,
          org.jointcultivation.core.party.InstitutionKind.UNIVERSITY, Map.of("holidays", holidays));
    }
    return programme.student("S", LocalDate.of(2024, 11, 1))
        .declared("PanelFormLodged", lodged, "S", NO_FIELDS)
        .declared("ConfirmationPresented", LocalDate.of(2025, 11, 28), "S", NO_FIELDS)
        .declared("CandidatureConfirmed", LocalDate.of(2025, 11, 28), "S", NO_FIELDS)
        .add(org.jointcultivation.core.event.FundsDisbursed.builder()
            .id(org.jointcultivation.core.event.EventId.of("F-1")).date(disbursed)
            .agreement(SecondSetProgramme.AGREEMENT).funder(SecondSetProgramme.UNIVERSITY).student(StudentId.of("S"))
            .amount(org.jointcultivation.core.Money.of("1500", "AUD")).build())
        .record();
  }

  private static ObligationState state(Assessment assessment, String rule) {
    return assessment.obligations().stream().filter(o -> o.ruleId().equals(rule)).map(ObligationInstance::state)
        .findFirst().orElseThrow(() -> new AssertionError("no obligation of " + rule + " in " + assessment));
  }

  @Test
  void V3_panelFormTwentyBusinessDaysBefore_withTheInstitutionsHolidays_andFundsOnlyAfterConfirmation() {
    RuleEngine engine = SecondSetProgramme.engine("v3-victoria-confirmation.yaml");
    LocalDate asOf = LocalDate.of(2026, 1, 1);

    Assessment onTime = engine.evaluate(victoria(LocalDate.of(2025, 10, 31), LocalDate.of(2025, 12, 10), ""), asOf);
    assertEquals(ObligationState.FULFILLED, state(onTime, "panel-form-before-presentation"));
    assertEquals(ObligationState.FULFILLED, state(onTime, "funds-after-confirmation"));
    assertEquals(List.of(), onTime.errors());

    Assessment late = engine.evaluate(victoria(LocalDate.of(2025, 11, 3), LocalDate.of(2025, 12, 10), ""), asOf);
    assertEquals(ObligationState.VIOLATED, state(late, "panel-form-before-presentation"));

    Assessment holiday = engine.evaluate(
        victoria(LocalDate.of(2025, 10, 31), LocalDate.of(2025, 12, 10), "2025-11-11"), asOf);
    assertEquals(ObligationState.VIOLATED, state(holiday, "panel-form-before-presentation"),
        "with 11 November a holiday, 31 October is only 19 business days before");

    Assessment earlyFunds = engine.evaluate(
        victoria(LocalDate.of(2025, 10, 31), LocalDate.of(2025, 10, 15), ""), asOf);
    assertEquals(ObligationState.VIOLATED, state(earlyFunds, "funds-after-confirmation"));
    assertEquals(LocalDate.of(2025, 10, 15), earlyFunds.violations().get(0).date());
    assertTrue(earlyFunds.violations().get(0).explanation().countedEvents()
        .contains(org.jointcultivation.core.event.EventId.of("F-1")));
  }

  private static org.jointcultivation.core.event.LeaveTaken leave(String id, String student, LocalDate from,
      LocalDate to, org.jointcultivation.core.event.LeaveKind kind) {
    return org.jointcultivation.core.event.LeaveTaken.builder().id(org.jointcultivation.core.event.EventId.of(id))
        .date(from).student(StudentId.of(student)).kind(kind).endDate(to).build();
  }

  private static org.jointcultivation.core.event.CommitteeMember member(String tutor, String role) {
    return org.jointcultivation.core.event.CommitteeMember.of(TutorId.of(tutor),
        org.jointcultivation.core.event.CommitteeRole.valueOf(role));
  }

  private static org.jointcultivation.core.event.CommitteeConvened committee(String id, String purpose, LocalDate date,
      String student, org.jointcultivation.core.event.CommitteeMember... members) {
    return org.jointcultivation.core.event.CommitteeConvened.builder().id(EventId.of(id)).date(date)
        .student(StudentId.of(student)).purpose(purpose).addMembers(members).build();
  }

  private static org.jointcultivation.core.event.DeclaredEvent declared(String id, String kind, LocalDate date,
      List<String> tutors, java.util.Optional<String> student, Map<String, String> fields) {
    return org.jointcultivation.core.event.DeclaredEvent.builder().id(org.jointcultivation.core.event.EventId.of(id))
        .date(date).kind(kind).tutors(tutors.stream().map(org.jointcultivation.core.party.TutorId::of).toList())
        .student(student.map(StudentId::of)).fields(fields).build();
  }

  @Test
  void V4_confirmationDeadline_chosenByAConditionOnStudyModeAndLeave() {
    LocalDate start = LocalDate.of(2025, 2, 1);
    CultivationRecord record = new SecondSetProgramme()
        .student("FT", StudyLevel.DOCTORAL, DegreeType.ACADEMIC, StudyMode.FULL_TIME, start, "T1", "T2")
        .student("FT-LEAVE", StudyLevel.DOCTORAL, DegreeType.ACADEMIC, StudyMode.FULL_TIME, start, "T1", "T2")
        .student("PT", StudyLevel.DOCTORAL, DegreeType.ACADEMIC, StudyMode.PART_TIME, start, "T1", "T2")
        .declared("CandidatureConfirmed", LocalDate.of(2026, 3, 1), "FT", NO_FIELDS)
        .add(leave("L-1", "FT-LEAVE", LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 29),
            org.jointcultivation.core.event.LeaveKind.PERSONAL))
        .declared("CandidatureConfirmed", LocalDate.of(2026, 6, 1), "FT-LEAVE", NO_FIELDS)
        .declared("CandidatureConfirmed", LocalDate.of(2026, 12, 1), "PT", NO_FIELDS)
        .record();

    Assessment assessment = SecondSetProgramme.engine("v4-uwa-confirmation.yaml").evaluate(record,
        LocalDate.of(2027, 3, 1));

    ObligationInstance fullTime = only(assessment, "FT");
    assertEquals("confirmation-by-first-report", fullTime.ruleId());
    assertEquals(LocalDate.of(2026, 2, 1), fullTime.dueDate().orElseThrow());
    assertTrue(fullTime.late(), "fulfilled late, a breach: " + sentence(fullTime));
    ObligationInstance afterLeave = only(assessment, "FT-LEAVE");
    assertEquals("confirmation-by-second-report", afterLeave.ruleId());
    assertEquals(ObligationState.FULFILLED, afterLeave.state());
    assertTrue(afterLeave.breach().isEmpty());
    ObligationInstance partTime = only(assessment, "PT");
    assertEquals("confirmation-by-second-report", partTime.ruleId());
    assertEquals(LocalDate.of(2027, 2, 1), partTime.dueDate().orElseThrow());
    assertTrue(partTime.breach().isEmpty());
    assertEquals(List.of(), assessment.errors());
  }

  @Test
  void V7_capsByRank_countResearchScholarsOnly() {
    LocalDate start = LocalDate.of(2025, 9, 1);
    SecondSetProgramme programme = new SecondSetProgramme()
        .tutor("TA", Map.of("rank", "ASSISTANT")).tutor("TB", Map.of("rank", "ASSOCIATE"));
    for (int i = 1; i <= 6; i++) {
      programme.student("A" + i, StudyLevel.DOCTORAL, DegreeType.ACADEMIC, StudyMode.FULL_TIME, start, "TA", "T2");
      programme.student("B" + i, StudyLevel.DOCTORAL, DegreeType.ACADEMIC, StudyMode.FULL_TIME, start, "TB", "T2");
    }
    for (int i = 1; i <= 3; i++) {
      programme.student("M" + i, StudyLevel.MASTER, DegreeType.PROFESSIONAL, StudyMode.FULL_TIME, start, "TB", "T2");
    }

    Assessment assessment = SecondSetProgramme.engine("v7-supervision-caps.yaml").evaluate(programme.record(),
        LocalDate.of(2026, 1, 1));

    assertEquals(1, assessment.violations().size(), assessment.violations().toString());
    Violation breach = assessment.violations().get(0);
    assertEquals("cap-assistant-professor", breach.ruleId());
    assertEquals(java.util.Optional.of(org.jointcultivation.core.party.TutorId.of("TA")), breach.obligation().tutor());
    String why = breach.explanation().sentence();
    assertTrue(why.contains("6 active students") && why.contains("[A1, A2, A3, A4, A5, A6]"), why);
    assertTrue(why.contains("≤ 5"), why);
    assertEquals(List.of("cap-associate-professor"), assessment.obligationsAbout(
        org.jointcultivation.rules.Subject.of(org.jointcultivation.core.party.TutorId.of("TB"))).stream()
        .map(ObligationInstance::ruleId).toList(), "6 doctoral and 3 taught master's: 6 counted, within 8");
    assertEquals(List.of(), assessment.errors());
  }

  @Test
  void V8_aDeclaredRelationship_breachesFromTheDayItIsDeclared_forThatTeamOnly() {
    CultivationRecord record = new SecondSetProgramme().tutor("T5", Map.of())
        .student("S5", StudyLevel.DOCTORAL, DegreeType.ACADEMIC, StudyMode.FULL_TIME, LocalDate.of(2025, 9, 1),
            "T5", "T2")
        .student("S6", LocalDate.of(2025, 9, 1))
        .add(declared("R-1", "RelationshipDeclared", LocalDate.of(2026, 3, 1), List.of("T5"),
            java.util.Optional.of("S5"), Map.of("relation", "FORMER_PARTNER")))
        .record();

    Assessment assessment = SecondSetProgramme.engine("v8-conflict-of-interest.yaml").evaluate(record,
        LocalDate.of(2026, 4, 1));

    assertEquals(1, assessment.violations().size());
    Violation breach = assessment.violations().get(0);
    assertEquals(LocalDate.of(2026, 3, 1), breach.date());
    assertEquals(java.util.Optional.of(StudentId.of("S5")), breach.obligation().student());
    assertEquals(List.of(org.jointcultivation.core.event.EventId.of("R-1")), breach.explanation().countedEvents());
    assertEquals(List.of(), assessment.violationsOf(StudentId.of("S6")));
  }

  @Test
  void V10_industryTeachers_ageAtAppointment_urgentFields_andEnterpriseExperience() {
    SecondSetProgramme programme = new SecondSetProgramme()
        .tutor("E1", Map.of("birthDate", "1958-05-01", "enterpriseYears", "10"))
        .tutor("E1-URGENT", Map.of("birthDate", "1958-05-01", "enterpriseYears", "10"))
        .tutor("E2", Map.of("birthDate", "1980-01-01", "enterpriseYears", "2"));
    LocalDate appointed = LocalDate.of(2025, 9, 1);
    programme.add(declared("A-1", "TeachingAppointment", appointed, List.of("E1"), java.util.Optional.empty(),
        Map.of("urgentField", "false")));
    programme.add(declared("A-2", "TeachingAppointment", appointed, List.of("E1-URGENT"), java.util.Optional.empty(),
        Map.of("urgentField", "true")));
    programme.add(declared("A-3", "TeachingAppointment", appointed, List.of("E2"), java.util.Optional.empty(),
        Map.of("urgentField", "false")));

    Assessment assessment = SecondSetProgramme.engine("v10-industry-teachers.yaml").evaluate(programme.record(),
        LocalDate.of(2025, 10, 1));

    assertEquals(List.of("E1 expert-age-at-appointment", "E2 expert-enterprise-experience"),
        assessment.violations().stream().map(v -> v.obligation().tutor().orElseThrow().value() + " " + v.ruleId())
            .sorted().toList());
    assertEquals(6, assessment.obligations().size(), "both requirements judged each appointment");
    assertEquals(List.of(), assessment.errors());
  }

  @Test
  void V15_minimumStipendByDateAndPlace_andMedicalLeaveInARollingYear() {
    SecondSetProgramme london = new SecondSetProgramme().institution(SecondSetProgramme.UNIVERSITY,
        org.jointcultivation.core.party.InstitutionKind.UNIVERSITY, Map.of("inLondon", "true"));
    london.student("SL", LocalDate.of(2024, 10, 1))
        .declared("StipendSet", LocalDate.of(2025, 10, 1), "SL", Map.of("annualAmount", "21500"));
    SecondSetProgramme elsewhere = new SecondSetProgramme().student("SO", LocalDate.of(2024, 10, 1))
        .declared("StipendSet", LocalDate.of(2025, 1, 1), "SO", Map.of("annualAmount", "19500"))
        .declared("StipendSet", LocalDate.of(2025, 10, 1), "SO", Map.of("annualAmount", "20800"))
        .add(leave("L-1", "SO", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 5, 31),
            org.jointcultivation.core.event.LeaveKind.SICK))
        .add(leave("L-2", "SO", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 11, 15),
            org.jointcultivation.core.event.LeaveKind.SICK));
    RuleEngine engine = SecondSetProgramme.engine("v15-ukri-stipend.yaml");
    LocalDate asOf = LocalDate.of(2025, 12, 1);

    Assessment inLondon = engine.evaluate(london.record(), asOf);
    assertEquals(List.of("minimum-stipend"), inLondon.violations().stream().map(Violation::ruleId).toList(),
        "£21,500 in London from 2025-10-01, where £22,780 is required");

    Assessment outside = engine.evaluate(elsewhere.record(), asOf);
    assertEquals(List.of(), outside.errors());
    assertEquals(List.of("medical-leave-in-a-rolling-year"),
        outside.violations().stream().map(Violation::ruleId).toList(),
        "£19,500 before and £20,800 after 2025-10-01 are enough; 227 days of medical leave in 12 months are not");
    assertEquals(LocalDate.of(2025, 1, 1), outside.violations().get(0).date());
  }

  private static org.jointcultivation.core.event.ProgressReported report(String id, String student, LocalDate date) {
    return org.jointcultivation.core.event.ProgressReported.builder().id(org.jointcultivation.core.event.EventId.of(id))
        .date(date).student(StudentId.of(student)).kind(org.jointcultivation.core.event.ProgressKind.EXPERIMENTAL)
        .summary("progress").build();
  }

  private static Map<String, String> agreementFields(boolean mentorSigned, int everyMonths) {
    return Map.of("supervisorSigned", "true", "mentorSigned", String.valueOf(mentorSigned), "candidateSigned", "true",
        "reportEveryMonths", String.valueOf(everyMonths));
  }

  @Test
  void V12_aReportingFrequencyTheAgreementSets_bindsEachCandidate_andEverySignatoryMustSign() {
    LocalDate admitted = LocalDate.of(2025, 4, 1);
    CultivationRecord record = new SecondSetProgramme()
        .student("D", admitted).student("D4", admitted)
        .declared("SupervisionAgreementSubmitted", LocalDate.of(2025, 9, 20), "D", agreementFields(false, 6))
        .add(report("P-1", "D", LocalDate.of(2025, 10, 1)))
        .add(report("P-2", "D", LocalDate.of(2026, 5, 15)))
        .declared("SupervisionAgreementSubmitted", LocalDate.of(2025, 5, 2), "D4", agreementFields(true, 4))
        .add(report("P-3", "D4", LocalDate.of(2025, 9, 15)))
        .record();

    Assessment assessment = SecondSetProgramme.engine("v12-supervision-agreement.yaml").evaluate(record,
        LocalDate.of(2026, 6, 1));

    assertEquals(List.of(), assessment.errors());
    List<String> breaches = assessment.violations().stream()
        .map(v -> v.obligation().student().orElseThrow().value() + " " + v.ruleId() + " "
            + v.explanation().countedEvents())
        .toList();
    assertTrue(breaches.contains("D agreement-signed-by-all [E-1]"), breaches.toString());
    assertTrue(breaches.contains("D reports-as-often-as-agreed [P-2]"), "due 2026-04-01: " + breaches);
    assertTrue(breaches.contains("D4 reports-as-often-as-agreed [P-3]"), "every 4 months: due 2025-08-01: " + breaches);
    assertEquals(3, breaches.size(), "the first report was on time, and both agreements came within 6 months: "
        + breaches);
  }

  @Test
  void V13_doctorEuropaeus_staysAbroad_reportsFromTwoCountries_andAForeignJuryMember() {
    SecondSetProgramme programme = new SecondSetProgramme().institution(SecondSetProgramme.UNIVERSITY,
        org.jointcultivation.core.party.InstitutionKind.UNIVERSITY, Map.of(), "IT");
    programme.student("S", LocalDate.of(2023, 11, 1))
        .declared("ResearchStay", LocalDate.of(2025, 2, 1), "S", Map.of("country", "ES", "until", "2025-04-15"))
        .declared("ResearchStay", LocalDate.of(2025, 10, 1), "S", Map.of("country", "DE", "until", "2025-11-15"))
        .declared("ThesisReport", LocalDate.of(2026, 5, 1), "S", Map.of("country", "ES"))
        .declared("ThesisReport", LocalDate.of(2026, 5, 3), "S", Map.of("country", "ES"))
        .declared("JuryAppointed", LocalDate.of(2026, 6, 1), "S", Map.of("country", "FR"))
        .declared("EuropaeusRequested", LocalDate.of(2026, 6, 10), "S", NO_FIELDS);

    Assessment assessment = SecondSetProgramme.engine("v13-doctor-europaeus.yaml").evaluate(programme.record(),
        LocalDate.of(2026, 7, 1));

    assertEquals(List.of(), assessment.errors());
    assertEquals(ObligationState.FULFILLED, state(assessment, "europaeus-stays"), "74 + 46 days abroad");
    assertEquals(ObligationState.VIOLATED, state(assessment, "europaeus-reports"), "both reports from Spain");
    assertEquals(ObligationState.FULFILLED, state(assessment, "europaeus-jury"));
  }

  @Test
  void V11_dualStudy_contractBeforeTheStart_andNoPhaseLongerThanFourteenWeeks() {
    CultivationRecord record = new SecondSetProgramme()
        .student("S", StudyLevel.UNDERGRADUATE, DegreeType.PROFESSIONAL, StudyMode.FULL_TIME,
            LocalDate.of(2025, 10, 1), "T1", "T2")
        .declared("CompanyContractSigned", LocalDate.of(2025, 10, 5), "S", NO_FIELDS)
        .declared("StudyPhase", LocalDate.of(2025, 10, 1), "S", Map.of("phase", "PRACTICE", "until", "2025-12-21"))
        .declared("StudyPhase", LocalDate.of(2025, 12, 22), "S", Map.of("phase", "THEORY", "until", "2026-03-15"))
        .declared("StudyPhase", LocalDate.of(2026, 3, 16), "S", Map.of("phase", "PRACTICE", "until", "2026-07-05"))
        .record();

    Assessment assessment = SecondSetProgramme.engine("v11-dual-study.yaml").evaluate(record, LocalDate.of(2026, 8, 1));

    assertEquals(List.of(), assessment.errors());
    assertEquals(List.of("contract-before-admission [E-1]", "phases-at-most-fourteen-weeks [E-4]"),
        assessment.violations().stream().map(v -> v.ruleId() + " " + v.explanation().countedEvents()).sorted()
            .toList(), "the contract came after the start; only the 16-week practice phase is too long");
  }

  @Test
  void V5_followUpCommittee_membersWhoDoNotSupervise_oneWithTheHdr_beforeTheThirdYear() {
    CultivationRecord record = new SecondSetProgramme()
        .tutor("X", SecondSetProgramme.INSTITUTE, org.jointcultivation.core.party.TutorTitle.PROFESSOR,
            Map.of("hdr", "true"))
        .tutor("Y", SecondSetProgramme.INSTITUTE, org.jointcultivation.core.party.TutorTitle.LECTURER,
            Map.of("hdr", "false"))
        .student("D", LocalDate.of(2024, 10, 1))
        .add(committee("I-2", "FOLLOW_UP", LocalDate.of(2026, 6, 10), "D", member("X", "MEMBER"), member("T1", "MEMBER")))
        .add(declared("R-3", "Reregistered", LocalDate.of(2026, 10, 1), List.of(), java.util.Optional.of("D"),
            Map.of("year", "3")))
        .add(committee("I-3", "FOLLOW_UP", LocalDate.of(2027, 5, 20), "D", member("X", "MEMBER"), member("Y", "MEMBER")))
        .record();

    Assessment assessment = SecondSetProgramme.engine("v5-follow-up-committee.yaml").evaluate(record,
        LocalDate.of(2027, 6, 1));

    assertEquals(List.of(), assessment.errors());
    assertEquals(List.of("committee-composition [I-2]", "report-before-third-year [R-3]"),
        assessment.violations().stream().map(v -> v.ruleId() + " " + v.explanation().countedEvents()).toList(),
        "T1 supervises D: one eligible member in year 2, so no valid report before re-registration");
    assertTrue(assessment.obligations().stream().anyMatch(o -> o.explanation().countedEvents()
        .equals(List.of(org.jointcultivation.core.event.EventId.of("I-3"))) && o.state() == ObligationState.FULFILLED),
        "X and Y in year 3");
  }

  @Test
  void V9_aSupervisoryChair_needsRecentResearch_andThreeYearsAsMainSupervisor() {
    SecondSetProgramme programme = new SecondSetProgramme().tutor("TA", Map.of()).tutor("TB", Map.of())
        .tutor("TC", Map.of())
        .student("SA", StudyLevel.DOCTORAL, DegreeType.ACADEMIC, StudyMode.FULL_TIME, LocalDate.of(2020, 9, 1), "TA", "T2")
        .teamEnds("SA", LocalDate.of(2024, 8, 31))
        .student("SB", StudyLevel.DOCTORAL, DegreeType.ACADEMIC, StudyMode.FULL_TIME, LocalDate.of(2023, 9, 1), "TB", "T2")
        .student("SC", StudyLevel.DOCTORAL, DegreeType.ACADEMIC, StudyMode.FULL_TIME, LocalDate.of(2019, 9, 1), "TC", "T2");
    java.util.function.BiFunction<String, String, org.jointcultivation.core.event.Author> author = (name, tutor) ->
        org.jointcultivation.core.event.Author.of(name, org.jointcultivation.core.party.TutorId.of(tutor),
            SecondSetProgramme.UNIVERSITY);
    String[][] papers = {{"P-1", "TA", "SA", "2019-05-01"}, {"P-2", "TA", "SA", "2024-05-01"},
        {"P-3", "TB", "SB", "2024-05-01"}, {"P-4", "TC", "SC", "2019-12-01"}};
    for (String[] paper : papers) {
      programme.add(org.jointcultivation.core.event.PublicationSubmitted.builder()
          .id(org.jointcultivation.core.event.EventId.of(paper[0])).date(LocalDate.parse(paper[3]))
          .student(StudentId.of(paper[2])).title("Paper " + paper[0]).addAuthors(author.apply("Tutor", paper[1]))
          .addCorrespondingAuthor(author.apply("Tutor", paper[1])).build());
    }
    for (String chair : List.of("TA", "TB", "TC")) {
      programme.add(declared("C-" + chair, "ChairAssigned", LocalDate.of(2025, 9, 1), List.of(chair),
          java.util.Optional.empty(), NO_FIELDS));
    }

    Assessment assessment = SecondSetProgramme.engine("v9-supervisory-chair.yaml").evaluate(programme.record(),
        LocalDate.of(2025, 10, 1));

    assertEquals(List.of(), assessment.errors());
    assertEquals(List.of("TB chair-main-supervisor-experience", "TC chair-research-activity"),
        assessment.violations().stream().map(v -> v.obligation().tutor().orElseThrow().value() + " " + v.ruleId())
            .sorted().toList(), "TA qualifies; TB has 2 years as main supervisor; TC last published in 2019");
  }

  @Test
  void V14_defenceCommittee_composition_chair_theSupervisorsVote_andTwoThirds() {
    SecondSetProgramme programme = new SecondSetProgramme().student("D", LocalDate.of(2022, 9, 1));
    // 6 members, 3 professors, 2 external (of institution I), chaired by M1 of the candidate's own
    // university; 4 of the 6 in favour. The supervisor T1 sits as a voting member.
    String[][] members = {{"M1", "PROFESSOR", "U", "CHAIR", "IN_FAVOUR"}, {"M2", "PROFESSOR", "U", "MEMBER", "IN_FAVOUR"},
        {"M3", "PROFESSOR", "U", "MEMBER", "IN_FAVOUR"}, {"M4", "LECTURER", "U", "MEMBER", "IN_FAVOUR"},
        {"M5", "LECTURER", "I", "MEMBER", "AGAINST"}, {"M6", "LECTURER", "I", "MEMBER", "AGAINST"}};
    List<org.jointcultivation.core.event.CommitteeMember> seats = new java.util.ArrayList<>();
    for (String[] member : members) {
      programme.tutor(member[0], org.jointcultivation.core.party.InstitutionId.of(member[2]),
          org.jointcultivation.core.party.TutorTitle.valueOf(member[1]), Map.of());
      seats.add(org.jointcultivation.core.event.CommitteeMember.voting(TutorId.of(member[0]),
          org.jointcultivation.core.event.CommitteeRole.valueOf(member[3]),
          org.jointcultivation.core.event.Vote.valueOf(member[4])));
    }
    seats.add(org.jointcultivation.core.event.CommitteeMember.voting(TutorId.of("T1"),
        org.jointcultivation.core.event.CommitteeRole.MEMBER, org.jointcultivation.core.event.Vote.IN_FAVOUR));
    programme.add(org.jointcultivation.core.event.CommitteeConvened.builder().id(EventId.of("C1"))
        .date(LocalDate.of(2026, 5, 20)).student(StudentId.of("D")).purpose("DEFENCE").members(seats)
        .outcome("DEGREE_RECOMMENDED").build());

    Assessment assessment = SecondSetProgramme.engine("v14-defence-committee.yaml").evaluate(programme.record(),
        LocalDate.of(2026, 6, 1));

    assertEquals(List.of(), assessment.errors());
    assertEquals(List.of("committee-external-chair", "committee-professors", "supervisor-neither-chairs-nor-votes"),
        assessment.violations().stream().map(Violation::ruleId).sorted().toList());
    assertEquals(ObligationState.FULFILLED, state(assessment, "degree-recommended-by-two-thirds"), "4 of 6 votes");
    assertEquals(ObligationState.FULFILLED, state(assessment, "committee-size"));
    assertEquals(ObligationState.FULFILLED, state(assessment, "committee-externals"));
  }

  private static org.jointcultivation.core.event.MilestoneReviewed review(String id, String student, LocalDate date,
      org.jointcultivation.core.event.Milestone milestone, org.jointcultivation.core.event.ReviewOutcome outcome) {
    return org.jointcultivation.core.event.MilestoneReviewed.builder().id(org.jointcultivation.core.event.EventId.of(id))
        .date(date).student(StudentId.of(student)).milestone(milestone).outcome(outcome).panelSize(3).build();
  }

  @Test
  void V1_annualReviewsOnASchedule_andAReReviewByTheDateTheReviewSet() {
    CultivationRecord record = new SecondSetProgramme().student("S1", LocalDate.of(2025, 1, 6))
        .add(review("R-1", "S1", LocalDate.of(2025, 9, 30), org.jointcultivation.core.event.Milestone.ANNUAL_PROGRESS_REVIEW,
            org.jointcultivation.core.event.ReviewOutcome.PASS))
        .add(review("R-2", "S1", LocalDate.of(2026, 10, 20),
            org.jointcultivation.core.event.Milestone.ANNUAL_PROGRESS_REVIEW, org.jointcultivation.core.event.ReviewOutcome.FAIL))
        .add(declared("RR-2", "ReReviewRequired", LocalDate.of(2026, 10, 20), List.of(), java.util.Optional.of("S1"),
            Map.of("by", "2027-01-15")))
        .record();

    Assessment assessment = SecondSetProgramme.engine("v1-newcastle-reviews.yaml").evaluate(record,
        LocalDate.of(2027, 1, 20));

    assertEquals(List.of(), assessment.errors());
    List<ObligationInstance> reviews = assessment.obligationsOf(StudentId.of("S1")).stream()
        .filter(o -> o.ruleId().equals("annual-reviews")).toList();
    assertEquals(LocalDate.of(2025, 10, 6), reviews.get(0).dueDate().orElseThrow());
    assertTrue(reviews.get(0).breach().isEmpty(), "the first review came on time");
    assertEquals(LocalDate.of(2026, 10, 6), reviews.get(1).dueDate().orElseThrow(), "12 months on the schedule");
    assertTrue(reviews.get(1).late(), "the second review came late");
    ObligationInstance reReview = assessment.obligationsOf(StudentId.of("S1")).stream()
        .filter(o -> o.ruleId().equals("re-review-by-the-date-set")).findFirst().orElseThrow();
    assertEquals(LocalDate.of(2027, 1, 15), reReview.dueDate().orElseThrow());
    assertEquals(ObligationState.OVERDUE, reReview.state());
    assertTrue(reReview.explanation().countedEvents().contains(org.jointcultivation.core.event.EventId.of("RR-2")),
        "the breach cites the review's decision that set the date: " + reReview.explanation());
  }

  @Test
  void V6_midTermReviewBySemester_aReReviewAfterAFail_andRemovalAfterTheSecond() {
    LocalDate start = LocalDate.of(2024, 9, 1);
    org.jointcultivation.core.event.Milestone midTerm = org.jointcultivation.core.event.Milestone.MID_TERM_REVIEW;
    CultivationRecord record = new SecondSetProgramme()
        .student("M1", StudyLevel.MASTER, DegreeType.ACADEMIC, StudyMode.FULL_TIME, start, "T1", "T2")
        .student("M2", StudyLevel.MASTER, DegreeType.ACADEMIC, StudyMode.FULL_TIME, start, "T1", "T2")
        .student("D1", StudyLevel.DOCTORAL, DegreeType.ACADEMIC, StudyMode.FULL_TIME, start, "T1", "T2")
        .add(review("MR-1", "M1", LocalDate.of(2026, 1, 10), midTerm, org.jointcultivation.core.event.ReviewOutcome.FAIL))
        .add(review("MR-2", "M1", LocalDate.of(2026, 6, 20), midTerm, org.jointcultivation.core.event.ReviewOutcome.FAIL))
        .add(review("MR-3", "M2", LocalDate.of(2026, 2, 15), midTerm, org.jointcultivation.core.event.ReviewOutcome.PASS))
        .add(review("MR-4", "D1", LocalDate.of(2026, 6, 30), midTerm, org.jointcultivation.core.event.ReviewOutcome.GOOD))
        .record();

    Assessment assessment = SecondSetProgramme.engine("v6-mid-term-review.yaml").evaluate(record,
        LocalDate.of(2026, 9, 1));

    assertEquals(List.of(), assessment.errors());
    ObligationInstance m2 = assessment.obligationsOf(StudentId.of("M2")).stream()
        .filter(o -> o.ruleId().equals("mid-term-review-masters")).findFirst().orElseThrow();
    assertEquals(LocalDate.of(2026, 1, 31), m2.dueDate().orElseThrow(), "the end of the 3rd semester");
    assertTrue(m2.late());
    ObligationInstance d1 = assessment.obligationsOf(StudentId.of("D1")).get(0);
    assertEquals(LocalDate.of(2026, 8, 31), d1.dueDate().orElseThrow(), "the end of the 4th semester");
    assertTrue(d1.breach().isEmpty());
    ObligationInstance reReview = assessment.obligationsOf(StudentId.of("M1")).stream()
        .filter(o -> o.ruleId().equals("re-review-after-a-fail") && o.dueDate().orElseThrow().equals(LocalDate.of(2026, 7, 10)))
        .findFirst().orElseThrow();
    assertEquals(ObligationState.FULFILLED, reReview.state(), "re-reviewed within 6 months");

    assertEquals(List.of("REMOVAL"), assessment.proposalsFor(StudentId.of("M1")).stream()
        .map(org.jointcultivation.rules.Proposal::code).toList());
    org.jointcultivation.rules.Proposal removal = assessment.proposalsFor(StudentId.of("M1")).get(0);
    assertTrue(removal.endsJointCultivation());
    assertEquals(2, removal.violations().size(), "both failed reviews: " + removal.violations());
    assertTrue(removal.violations().stream().anyMatch(id -> id.endsWith("MR-1"))
        && removal.violations().stream().anyMatch(id -> id.endsWith("MR-2")), removal.violations().toString());
    assertEquals(List.of(), assessment.proposalsFor(StudentId.of("M2")), "one late review is one offence, not two");
  }

  private static Assessment v16(LocalDate thirdAssigned, boolean exception) {
    SecondSetProgramme programme = new SecondSetProgramme().tutor("T7", Map.of())
        .student("S1", StudyLevel.DOCTORAL, DegreeType.ACADEMIC, StudyMode.FULL_TIME, LocalDate.of(2024, 9, 1), "T7", "T2")
        .student("S2", StudyLevel.DOCTORAL, DegreeType.ACADEMIC, StudyMode.FULL_TIME, LocalDate.of(2024, 9, 1), "T7", "T2")
        .student("S3", StudyLevel.DOCTORAL, DegreeType.ACADEMIC, StudyMode.FULL_TIME, thirdAssigned, "T7", "T2")
        // The quota is reduced to 2 from 2026-01-01 for one year: the library's own measure, with its terms.
        .add(org.jointcultivation.core.event.MeasureProposed.builder().id(EventId.of("MP-1"))
            .date(LocalDate.of(2025, 12, 15)).subject(TutorId.of("T7"))
            .measure(org.jointcultivation.core.event.Measure.builder()
                .kind(org.jointcultivation.core.event.MeasureKind.SANCTION).code("REDUCED_QUOTA").quota(2)
                .duration(java.time.Period.ofYears(1)).build())
            .reason("a student left without supervision").build())
        .add(org.jointcultivation.core.event.MeasureDecided.builder().id(EventId.of("MD-1"))
            .date(LocalDate.of(2026, 1, 1)).proposal(EventId.of("MP-1")).subject(TutorId.of("T7"))
            .decision(org.jointcultivation.core.event.Decision.APPROVED).decidedBy(TutorId.of("T2"))
            .reasons("upheld by the graduate school").build());
    if (exception) {
      // Approved for the case the assessment reported: S3 taken on under decision MD-1.
      programme.add(org.jointcultivation.core.event.ExemptionGranted.builder().id(EventId.of("X-1"))
          .date(LocalDate.of(2026, 5, 20)).subject(TutorId.of("T7"))
          .obligation("admission-measures-honoured/T7/MD-1/S3").decidedBy(TutorId.of("T2"))
          .reasons("S3 follows a supervisor who retired").build());
    }
    return SecondSetProgramme.engine("v16-supervisor-measures.yaml").evaluate(programme.record(),
        LocalDate.of(2027, 3, 1));
  }

  @Test
  void V16_aReducedQuotaLastsForItsPeriod_andAnApprovedExceptionLiftsItForOneCase() {
    Assessment during = v16(LocalDate.of(2026, 6, 1), false);
    assertEquals(List.of(), during.errors());
    assertEquals(List.of("admission-measures-honoured/T7/MD-1/S3"),
        during.violations().stream().map(v -> v.obligation().id()).toList(), "a 3rd student while the quota of 2 lasts");
    org.jointcultivation.rules.Proposal next = during.proposalsFor(TutorId.of("T7")).get(0);
    assertEquals("SUSPENDED_ADMISSION", next.code(), "the step after the decided one");
    assertEquals(java.util.Optional.of(java.time.Period.ofYears(1)), next.measure().duration());

    assertEquals(List.of(), v16(LocalDate.of(2027, 2, 1), false).violations(), "the decision lasted one year");
    Assessment excepted = v16(LocalDate.of(2026, 6, 1), true);
    assertEquals(List.of(), excepted.violations(), "the exception lifts it for S3");
    assertEquals(List.of(), excepted.proposals());
  }

  @Test
  void V17_thesisSampling_proposesMeasuresForTheProgramme_notForAPerson() {
    org.jointcultivation.core.party.InstitutionId programmeId = org.jointcultivation.core.party.InstitutionId.of("P");
    SecondSetProgramme programme = new SecondSetProgramme().student("S", LocalDate.of(2022, 9, 1));
    programme.unit(programmeId, SecondSetProgramme.UNIVERSITY); // programme P of university U
    List<String> days = List.of("2024-05-01", "2025-05-01");
    for (int i = 0; i < days.size(); i++) {
      programme.add(org.jointcultivation.core.event.DeclaredEvent.builder()
          .id(org.jointcultivation.core.event.EventId.of("TR-" + (i + 1))).date(LocalDate.parse(days.get(i)))
          .kind("ThesisRated").institution(programmeId).putField("rating", "PROBLEM").build());
    }
    RuleEngine engine = SecondSetProgramme.engine("v17-thesis-sampling.yaml");
    org.jointcultivation.rules.Subject p = org.jointcultivation.rules.Subject.of(programmeId);

    CultivationRecord twice = programme.record();
    Assessment afterTwo = engine.evaluate(twice, LocalDate.of(2025, 6, 1));
    assertEquals(List.of(), afterTwo.errors());
    assertEquals(List.of("INTERVIEW"), afterTwo.proposalsFor(p).stream().map(org.jointcultivation.rules.Proposal::code)
        .toList());

    CultivationRecord thrice = twice.withEvent(org.jointcultivation.core.event.DeclaredEvent.builder()
        .id(org.jointcultivation.core.event.EventId.of("TR-3")).date(LocalDate.of(2026, 5, 1)).kind("ThesisRated")
        .institution(programmeId).putField("rating", "PROBLEM").build());
    Assessment afterThree = engine.evaluate(thrice, LocalDate.of(2026, 6, 1));
    org.jointcultivation.rules.Proposal loss = afterThree.proposalsFor(p).stream()
        .filter(x -> x.code().equals("LOSS_OF_DEGREE_AUTHORITY")).findFirst().orElseThrow();
    assertEquals(3, loss.violations().size(), "naming the three ratings: " + loss.violations());
    assertTrue(loss.violations().stream().allMatch(id -> id.matches(".*/TR-[123]")), loss.violations().toString());
    assertTrue(afterThree.proposals().stream().allMatch(x -> x.subject().equals(p)), "no measure for a person");

    // The ministry decides the interview: the ratings before it are spent, and no interview is
    // proposed again for them; an exemption lifts the third rating's breach for the programme.
    CultivationRecord decided = twice
        .withEvent(org.jointcultivation.core.event.MeasureProposed.builder().id(EventId.of("MP-P"))
            .date(LocalDate.of(2025, 6, 2)).subject(programmeId)
            .measure(org.jointcultivation.core.event.Measure.sanction("INTERVIEW")).reason("two problem theses").build())
        .withEvent(org.jointcultivation.core.event.MeasureDecided.builder().id(EventId.of("MD-P"))
            .date(LocalDate.of(2025, 6, 10)).proposal(EventId.of("MP-P")).subject(programmeId)
            .decision(org.jointcultivation.core.event.Decision.APPROVED).decidedBy(TutorId.of("T1"))
            .reasons("interview held").build());
    assertEquals(List.of(), engine.evaluate(decided, LocalDate.of(2025, 7, 1)).proposalsFor(p),
        "the interview was decided");
    String third = afterThree.violationsOf(programmeId).stream().map(v -> v.obligation().id())
        .filter(id -> id.endsWith("/TR-3")).findFirst().orElseThrow();
    CultivationRecord exempted = thrice.withEvent(org.jointcultivation.core.event.ExemptionGranted.builder()
        .id(EventId.of("X-P")).date(LocalDate.of(2026, 5, 20)).subject(programmeId).obligation(third)
        .decidedBy(TutorId.of("T1")).reasons("the thesis was rated under the wrong discipline").build());
    Assessment afterExemption = engine.evaluate(exempted, LocalDate.of(2026, 6, 1));
    assertEquals(2, afterExemption.violationsOf(programmeId).size());
    assertTrue(afterExemption.proposalsFor(p).stream().noneMatch(x -> x.code().equals("LOSS_OF_DEGREE_AUTHORITY")),
        "two ratings left: no loss of authority");

    // A session that receives the ratings one by one agrees with evaluating the whole record.
    org.jointcultivation.rules.EvaluationSession fromScratch = engine.openSession(
        new SecondSetProgramme().student("S", LocalDate.of(2022, 9, 1)).unit(programmeId, SecondSetProgramme.UNIVERSITY)
            .record(), LocalDate.of(2026, 6, 1));
    for (org.jointcultivation.core.event.CultivationEvent event : thrice.events()) {
      fromScratch = fromScratch.apply(event);
    }
    assertEquals(afterThree, fromScratch.assessment());
  }
}
