package org.jointcultivation.rules.testing;

import java.time.LocalDate;
import java.util.Map;
import org.jointcultivation.core.norm.Applicability;
import org.jointcultivation.core.norm.AuthorityLevel;
import org.jointcultivation.core.norm.BearerMode;
import org.jointcultivation.core.norm.BearerRole;
import org.jointcultivation.core.norm.DueProcessStep;
import org.jointcultivation.core.norm.LadderStep;
import org.jointcultivation.core.norm.MeasureSubject;
import org.jointcultivation.core.norm.Norm;
import org.jointcultivation.core.norm.NormKind;
import org.jointcultivation.core.norm.NormSource;
import org.jointcultivation.core.norm.Recurrence;
import org.jointcultivation.core.norm.RecurrenceUnit;
import org.jointcultivation.core.norm.RewardPolicy;
import org.jointcultivation.core.norm.RewardRecipient;
import org.jointcultivation.core.norm.SanctionPolicy;
import org.jointcultivation.core.party.StudyMode;
import org.jointcultivation.rules.StandardTemplates;

/**
 * Real regulations (see REAL-WORLD-RULES.md) and the seeds' norms, as norms and policies built
 * only from configuration of the standard templates.
 */
public final class RegulationPacks {
  private RegulationPacks() {}

  public static NormSource source(String authority, AuthorityLevel level, String document, String clause) {
    return NormSource.builder().authority(authority).level(level).document(document).version("2024")
        .clause(clause).build();
  }

  public static Norm.Builder norm(String id, String template, String title, NormSource source,
      Map<String, String> parameters, BearerRole... bearers) {
    return Norm.builder().id(id).kind(NormKind.OBLIGATION).template(template).title(title)
        .source(source).addBearers(bearers).parameters(parameters);
  }

  static final NormSource SOLENT = source("Solent University", AuthorityLevel.INSTITUTION,
      "Research Degrees Code of Practice", "§5.3");
  static final NormSource PORTSMOUTH = source("University of Portsmouth", AuthorityLevel.INSTITUTION,
      "Code of Practice for Research Degrees", "§7");
  static final NormSource NEWCASTLE = source("Newcastle University", AuthorityLevel.INSTITUTION,
      "Code of Practice for Research Degree Programmes", "§4");
  static final NormSource SEED1 = source("Joint cultivation agreement", AuthorityLevel.AGREEMENT,
      "Dual tutor system (seed 1)", "§3");
  static final NormSource MOE = source("Ministry of Education of China", AuthorityLevel.NATIONAL,
      "Code of conduct for postgraduate supervisors", "§4");

  /** Solent: at least 9 recorded meetings a year full-time, 7 part-time. */
  public static Norm solentFullTime() {
    return norm("meetings-full-time", StandardTemplates.MINIMUM_COUNT_PER_PERIOD,
        "At least 9 recorded supervision meetings per academic year (full-time)", SOLENT,
        Map.of("minimum", "9"), BearerRole.STUDENT)
        .applicability(Applicability.builder().addStudyMode(StudyMode.FULL_TIME).build())
        .recurrence(Recurrence.every(RecurrenceUnit.ACADEMIC_YEAR)).build();
  }

  public static Norm solentPartTime() {
    return norm("meetings-part-time", StandardTemplates.MINIMUM_COUNT_PER_PERIOD,
        "At least 7 recorded supervision meetings per academic year (part-time)", SOLENT,
        Map.of("minimum", "7"), BearerRole.STUDENT)
        .applicability(Applicability.builder().addStudyMode(StudyMode.PART_TIME).build())
        .recurrence(Recurrence.every(RecurrenceUnit.ACADEMIC_YEAR)).build();
  }

  /** Portsmouth: the first supervisor fortnightly for 3 months, then at least every 6 weeks. */
  public static Norm portsmouthCadence() {
    return norm("meeting-cadence", StandardTemplates.MAXIMUM_INTERVAL,
        "Meet the first supervisor fortnightly for 3 months, then every 6 weeks", PORTSMOUTH,
        Map.of("initialInterval", "P14D", "initialPhase", "P3M", "interval", "P42D"),
        BearerRole.FIRST_TUTOR).build();
  }

  /** Portsmouth: the full supervisory team at least once per term. */
  public static Norm portsmouthFullTeam() {
    return norm("full-team-per-term", StandardTemplates.MINIMUM_COUNT_PER_PERIOD,
        "The full supervisory team meets the student at least once per term", PORTSMOUTH,
        Map.of("minimum", "1", "termStarts", "09-01,01-08,04-20"), BearerRole.SUPERVISION_TEAM)
        .bearerMode(BearerMode.ALL_TOGETHER).recurrence(Recurrence.every(RecurrenceUnit.TERM)).build();
  }

  /** Newcastle: meetings count only when recorded by the student and confirmed by a supervisor. */
  public static Norm newcastleConfirmed() {
    return norm("confirmed-meetings", StandardTemplates.MINIMUM_COUNT_PER_PERIOD,
        "Every formal meeting is recorded by the student and confirmed by a supervisor", NEWCASTLE,
        Map.of("minimum", "9", "confirmedOnly", "true"), BearerRole.STUDENT)
        .recurrence(Recurrence.every(RecurrenceUnit.ACADEMIC_YEAR)).build();
  }

  /** Newcastle: first annual progress review about 9 months after registration, then every 12. */
  public static Norm newcastleReviews() {
    return norm("annual-review", StandardTemplates.MAXIMUM_INTERVAL,
        "Annual progress review 9 months after registration, then every 12 months", NEWCASTLE,
        Map.of("event", "MilestoneReviewed", "kinds", "ANNUAL_PROGRESS_REVIEW", "firstWithin", "P9M",
            "interval", "P12M"), BearerRole.STUDENT).build();
  }

  /** China: master's mid-term review by the end of the 3rd semester (18 months). */
  public static Norm midTermReview() {
    return norm("mid-term-review", StandardTemplates.DEADLINE_AFTER_EVENT,
        "Mid-term review by the end of the 3rd semester (master's)", MOE,
        Map.of("trigger", "PROGRAMME_START", "response", "MilestoneReviewed", "kinds", "MID_TERM_REVIEW",
            "within", "P18M"), BearerRole.STUDENT)
        .applicability(Applicability.builder().addLevel(org.jointcultivation.core.party.StudyLevel.MASTER).build())
        .build();
  }

  /** Cambridge Chemistry: principal supervisor of at most 8 active candidates. */
  public static Norm loadCap() {
    return norm("load-cap", StandardTemplates.LOAD_CAP, "Principal supervisor of at most 8 active candidates",
        source("University of Cambridge", AuthorityLevel.INSTITUTION, "Department of Chemistry supervision policy", "§2"),
        Map.of("maximum", "8", "position", "FIRST"), BearerRole.TUTOR).kind(NormKind.PROHIBITION).build();
  }

  /** New supervisors: 11 hours of development within 1 year of starting to supervise. */
  public static Norm newSupervisorHours() {
    return norm("new-supervisor-development", StandardTemplates.TRAINING_BEFORE_SUPERVISING,
        "11 hours of supervisor development within a year of the first student",
        source("UK Council for Graduate Education", AuthorityLevel.NATIONAL, "Supervisor recognition", "§1"),
        Map.of("minimumHours", "11", "within", "P1Y"), BearerRole.TUTOR).build();
  }

  /** China: train before you supervise. */
  public static Norm trainBeforeSupervising() {
    return norm("train-before-supervising", StandardTemplates.TRAINING_BEFORE_SUPERVISING,
        "Pre-service training before a first student", MOE, Map.of(), BearerRole.TUTOR).build();
  }

  /** China: in-post supervisors trained at least once per semester. */
  public static Norm trainingPerSemester() {
    return norm("training-per-semester", StandardTemplates.MINIMUM_COUNT_PER_PERIOD,
        "In-post supervisors are trained at least once per semester", MOE,
        Map.of("minimum", "1", "event", "TrainingCompleted"), BearerRole.TUTOR)
        .recurrence(Recurrence.every(RecurrenceUnit.TERM)).build();
  }

  /** Ministry of Education 2009: practice of at least 6 months, 12 for fresh graduates. */
  public static Norm professionalPractice() {
    return norm("professional-practice", StandardTemplates.MINIMUM_PLACEMENT,
        "Practice of at least 6 months, 12 for fresh graduates", MOE,
        Map.of("minimum", "P6M", "minimumForFreshGraduates", "P12M", "by", "P2Y"), BearerRole.STUDENT)
        .applicability(Applicability.builder().addDegreeType(org.jointcultivation.core.party.DegreeType.PROFESSIONAL).build())
        .build();
  }

  /** Engineering doctorate: about 75% of the time in the sponsoring company. */
  public static Norm engineeringDoctorateShare() {
    return norm("engd-time-in-company", StandardTemplates.MINIMUM_SHARE_AT_HOST,
        "About 75% of the time in the sponsoring company",
        source("EPSRC", AuthorityLevel.NATIONAL, "Engineering Doctorate guidance", "§3"),
        Map.of("percent", "75", "over", "P4Y", "placementKinds", "ENTERPRISE_PRACTICE"), BearerRole.STUDENT).build();
  }

  /** Seed 1: the corresponding author is the first or second tutor, as the agreement says. */
  public static Norm correspondingAuthor() {
    return norm("corresponding-author", StandardTemplates.CORRESPONDING_AUTHOR,
        "The corresponding author of a trainee's article is the first or second tutor", SEED1,
        Map.of(), BearerRole.STUDENT, BearerRole.SUPERVISION_TEAM).kind(NormKind.PROHIBITION).build();
  }

  /** Seed 1: progress debriefing meetings, at least 2 a month. */
  public static Norm progressDebriefings() {
    return norm("progress-debriefings", StandardTemplates.MINIMUM_COUNT_PER_PERIOD,
        "Tutors call the student to a progress debriefing at least once a month", SEED1,
        Map.of("minimum", "1", "kinds", "PROGRESS_DEBRIEFING,DISSERTATION_DEBRIEFING"),
        BearerRole.PERSON_IN_CHARGE).recurrence(Recurrence.every(RecurrenceUnit.MONTH)).build();
  }

  /** Seed 1: the first person in charge contacts the second tutor at least every 4 weeks. */
  public static Norm tutorCommunication() {
    return norm("tutor-communication", StandardTemplates.MAXIMUM_INTERVAL,
        "The first person in charge contacts the second tutor at least every 4 weeks", SEED1,
        Map.of("event", "TutorsCommunicated", "interval", "P4W"), BearerRole.PERSON_IN_CHARGE).build();
  }

  /** Seed 1: problems a student reports are acknowledged within 3 days (early detection, early solution). */
  public static Norm problemsAcknowledged() {
    return norm("problems-acknowledged", StandardTemplates.DEADLINE_AFTER_EVENT,
        "Problems a student reports are acknowledged within 3 days", SEED1,
        Map.of("trigger", "ProblemsReported", "response", "ProblemAcknowledged", "within", "P3D"),
        BearerRole.SUPERVISION_TEAM).bearerMode(BearerMode.ANY).build();
  }

  /** Seed 1: feedback is followed up within 14 days. */
  public static Norm feedbackFollowUp() {
    return norm("feedback-follow-up", StandardTemplates.DEADLINE_AFTER_EVENT,
        "Feedback is followed up within 14 days", SEED1,
        Map.of("trigger", "FeedbackSubmitted", "response", "FeedbackFollowedUp", "within", "P14D"),
        BearerRole.PERSON_IN_CHARGE).build();
  }

  /** Seed 1: the programme is adjusted within 10 days of a health request; sick leave does not shift it. */
  public static Norm healthAdjustment() {
    return norm("health-adjustment", StandardTemplates.DEADLINE_AFTER_EVENT,
        "The training programme is adjusted within 10 days of a health request", SEED1,
        Map.of("trigger", "HealthAdjustmentRequested", "response", "HealthAdjustmentMade", "within", "P10D",
            "suspendingLeave", "STUDY_SUSPENDED"),
        BearerRole.PERSON_IN_CHARGE).build();
  }

  /** Seed 1: the first meeting within 14 days of the start. */
  public static Norm firstMeeting() {
    return norm("first-meeting", StandardTemplates.DEADLINE_AFTER_EVENT,
        "The first supervision meeting within 14 days of the start", SEED1,
        Map.of("trigger", "PROGRAMME_START", "within", "P14D"), BearerRole.STUDENT).build();
  }

  /** Seed 1: research funds by mutual agreement, agreed within 3 months. */
  public static Norm funds() {
    return norm("research-funds", StandardTemplates.FUNDS_BY_MUTUAL_AGREEMENT,
        "Research funds are agreed within 3 months and never overspent", SEED1,
        Map.of("agreeWithin", "P3M"), BearerRole.HOST_INSTITUTION).build();
  }

  /** China: no new students after admission is suspended. */
  public static Norm noNewStudents() {
    return norm("no-new-students", StandardTemplates.NO_NEW_STUDENTS_WHILE_SUSPENDED,
        "No new students while admission is suspended", MOE, Map.of(), BearerRole.TUTOR)
        .kind(NormKind.PROHIBITION).build();
  }

  /** Criticism, education, punishment under the governing regulations, termination. */
  public static SanctionPolicy studentLadder() {
    return SanctionPolicy.builder().id("student-discipline").title("Escalating measures for negligence")
        .source(SEED1).subject(MeasureSubject.STUDENT)
        .addLadder(LadderStep.builder().code("CRITICISM").label("criticism")
            .addDueProcess(DueProcessStep.NOTICE, DueProcessStep.DECISION).build())
        .addLadder(LadderStep.builder().code("EDUCATION").label("education")
            .addDueProcess(DueProcessStep.NOTICE, DueProcessStep.DECISION).build())
        .addLadder(LadderStep.builder().code("PUNISHMENT").label("punishment under the governing university's regulations")
            .addDueProcess(DueProcessStep.NOTICE, DueProcessStep.STATEMENT_OF_CASE, DueProcessStep.DECISION,
                DueProcessStep.APPEAL_WINDOW).build())
        .addLadder(LadderStep.builder().code("TERMINATION").label("termination of the joint cultivation")
            .addDueProcess(DueProcessStep.NOTICE, DueProcessStep.STATEMENT_OF_CASE, DueProcessStep.HEARING,
                DueProcessStep.DECISION, DueProcessStep.APPEAL_WINDOW)
            .endsJointCultivation(true).build())
        .violationsPerStep(2).window(java.time.Period.ofYears(1))
        .appealWindow(java.time.Period.ofDays(10)).build();
  }

  /** Excellent trainees rewarded together with their tutors. */
  public static RewardPolicy excellentTrainee() {
    return RewardPolicy.builder().id("excellent-trainee").title("Award for excellent joint trainees")
        .source(SEED1).criterion("excellent-trainee")
        .parameters(Map.of("outcome", "EXCELLENT", "minimumPublications", "1", "window", "P1Y"))
        .addRecipients(RewardRecipient.TRAINEE, RewardRecipient.TUTORS).rewardCode("EXCELLENT_TRAINEE_AWARD")
        .build();
  }

  /** Seed 2: outstanding teachers and enterprise backbone staff. */
  public static RewardPolicy outstandingTeacher() {
    return RewardPolicy.builder().id("outstanding-teacher").title("Award for outstanding teachers and enterprise experts")
        .source(source("Local medical college", AuthorityLevel.INSTITUTION, "Production-education integration incentives", "§2"))
        .criterion("outstanding-teacher").parameters(Map.of("minimumHours", "40", "window", "P1Y"))
        .addRecipients(RewardRecipient.TEACHER, RewardRecipient.ENTERPRISE_EXPERT)
        .rewardCode("OUTSTANDING_TEACHER_AWARD").build();
  }

  /** Every norm, the student ladder and the excellent-trainee reward, in one national pack. */
  public static org.jointcultivation.core.norm.PolicyPack all() {
    return org.jointcultivation.core.norm.PolicyPack.builder().id("ALL").version("1").title("Every regulation")
        .layer(AuthorityLevel.NATIONAL)
        .addNorms(solentFullTime(), solentPartTime(), portsmouthCadence(), portsmouthFullTeam(), newcastleConfirmed(),
            newcastleReviews(), midTermReview(), loadCap(), newSupervisorHours(), trainingPerSemester(),
            professionalPractice(), engineeringDoctorateShare(), correspondingAuthor(), progressDebriefings(),
            tutorCommunication(), problemsAcknowledged(), feedbackFollowUp(), healthAdjustment(), firstMeeting(),
            funds(), noNewStudents())
        .addSanctionPolicy(studentLadder())
        .addRewardPolicy(excellentTrainee())
        .build();
  }

  public static LocalDate day(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }
}
