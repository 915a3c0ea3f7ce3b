package org.jointcultivation.rules;

import static org.jointcultivation.core.testing.SampleProgramme.ENTERPRISE;
import static org.jointcultivation.core.testing.SampleProgramme.PRACTICAL;
import static org.jointcultivation.core.testing.SampleProgramme.STUDENT;
import static org.jointcultivation.core.testing.SampleProgramme.THEORETICAL;
import static org.jointcultivation.rules.ObligationState.FULFILLED;
import static org.jointcultivation.rules.ObligationState.IN_EFFECT;
import static org.jointcultivation.rules.ObligationState.OVERDUE;
import static org.jointcultivation.rules.ObligationState.VIOLATED;
import static org.jointcultivation.rules.Programme.day;
import static org.jointcultivation.rules.Programme.engine;
import static org.jointcultivation.rules.Programme.params;

import java.time.LocalDate;
import java.util.List;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.ExchangeActivityRecorded;
import org.jointcultivation.core.event.ExchangeKind;
import org.jointcultivation.core.event.MeetingKind;
import org.jointcultivation.core.event.TrainingKind;
import org.jointcultivation.core.norm.AuthorityLevel;
import org.jointcultivation.core.norm.BearerMode;
import org.jointcultivation.core.norm.BearerRole;
import org.jointcultivation.core.norm.Norm;
import org.jointcultivation.core.norm.NormSource;
import org.jointcultivation.core.norm.Recurrence;
import org.jointcultivation.core.norm.RecurrenceUnit;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.rules.testing.RegulationPacks;
import org.jointcultivation.rules.testing.Scenario;
import org.junit.jupiter.api.Test;

/** Duties of several bearers, maintenance duties, and the seeds' recurring duties of teachers. */
class BearerModesTest {
  private static final NormSource SOURCE = RegulationPacks.source("College", AuthorityLevel.INSTITUTION, "Rules", "§4");

  @Test
  void each_everyTutorMustAttend_separately() {
    Norm each = RegulationPacks.norm("each-tutor-monthly", StandardTemplates.MINIMUM_COUNT_PER_PERIOD,
        "Each tutor meets the student monthly", SOURCE, params("minimum", "1"), BearerRole.SUPERVISION_TEAM)
        .bearerMode(BearerMode.EACH).recurrence(Recurrence.every(RecurrenceUnit.MONTH)).build();
    Programme programme = Programme.sample()
        .meeting(STUDENT, day(10), MeetingKind.SUPERVISION, List.<PersonId>of(STUDENT, THEORETICAL), List.of(STUDENT));

    Scenario.given(programme.record()).under(engine(each)).at(LocalDate.of(2025, 10, 1))
        .expectStates("each-tutor-monthly", STUDENT, VIOLATED, FULFILLED, IN_EFFECT, IN_EFFECT)
        .expectViolation("each-tutor-monthly", STUDENT, "0 SupervisionMeetingHeld with [T-PRAC]");
  }

  @Test
  void maintenance_trainingRenewedEveryTwoYears() {
    Norm renewal = RegulationPacks.norm("workshop-every-two-years", StandardTemplates.MAXIMUM_INTERVAL,
        "Experienced supervisors attend a workshop every 2 years", SOURCE,
        params("event", "TrainingCompleted", "kinds", "WORKSHOP", "interval", "P2Y"), BearerRole.TUTOR).build();
    Programme programme = Programme.sample()
        .training(THEORETICAL, TrainingKind.WORKSHOP, day(100), 3)
        .training(THEORETICAL, TrainingKind.WORKSHOP, day(700), 3)
        .training(PRACTICAL, TrainingKind.IN_POST, day(100), 3);

    Scenario.given(programme.record()).under(engine(renewal)).at(day(900))
        .expectStates("workshop-every-two-years", THEORETICAL, FULFILLED, FULFILLED, IN_EFFECT)
        .expectStates("workshop-every-two-years", PRACTICAL, OVERDUE)
        .expectViolation("workshop-every-two-years", PRACTICAL, "no WORKSHOP TrainingCompleted since 2025-09-01");
  }

  @Test
  void seminars_forGroupsOfTrainees_eachTerm() {
    Norm seminars = RegulationPacks.norm("seminars", StandardTemplates.MINIMUM_COUNT_PER_PERIOD,
        "Seminars for groups of trainees are held every term", SOURCE,
        params("minimum", "1", "kinds", "GROUP_SEMINAR"), BearerRole.STUDENT)
        .recurrence(Recurrence.every(RecurrenceUnit.TERM)).build();
    Programme programme = Programme.sample()
        .meeting(STUDENT, day(30), MeetingKind.GROUP_SEMINAR, List.<PersonId>of(STUDENT, PRACTICAL), List.of(STUDENT))
        .meeting(STUDENT, LocalDate.of(2026, 3, 1), MeetingKind.SUPERVISION, List.<PersonId>of(STUDENT, PRACTICAL), List.of(STUDENT));

    Scenario.given(programme.record()).under(engine(seminars)).at(LocalDate.of(2026, 9, 5))
        .expectStates("seminars", STUDENT, FULFILLED, VIOLATED, IN_EFFECT);
  }

  @Test
  void schoolEnterprise_teachersPractiseInEnterprisesEveryYear_instituteStaffExempt() {
    Norm practice = RegulationPacks.norm("teacher-practice", StandardTemplates.MINIMUM_COUNT_PER_PERIOD,
        "School teachers take part in practice in enterprises every year", SOURCE,
        params("minimum", "1", "event", "ExchangeActivityRecorded", "kinds", "TEACHER_PRACTICE_IN_ENTERPRISE",
            "tutorInstitutionKinds", "MEDICAL_COLLEGE,UNIVERSITY"),
        BearerRole.TUTOR).recurrence(Recurrence.every(RecurrenceUnit.ACADEMIC_YEAR)).build();
    Programme programme = Programme.sample().add(ExchangeActivityRecorded.builder().id(EventId.of("X-1"))
        .date(day(60)).tutor(THEORETICAL).host(ENTERPRISE).kind(ExchangeKind.TEACHER_PRACTICE_IN_ENTERPRISE)
        .hours(40).build());

    Scenario.given(programme.record()).under(engine(practice)).at(LocalDate.of(2026, 9, 2))
        .expectStates("teacher-practice", THEORETICAL, FULFILLED, IN_EFFECT)
        .expectStates("teacher-practice", PRACTICAL);
  }
}
