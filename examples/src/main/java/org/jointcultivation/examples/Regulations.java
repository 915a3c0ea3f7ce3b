package org.jointcultivation.examples;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import org.jointcultivation.core.agreement.AgreementId;
import org.jointcultivation.core.norm.AuthorityLevel;
import org.jointcultivation.core.norm.BearerMode;
import org.jointcultivation.core.norm.BearerRole;
import org.jointcultivation.core.norm.DueProcessStep;
import org.jointcultivation.core.norm.LadderStep;
import org.jointcultivation.core.norm.MeasureSubject;
import org.jointcultivation.core.norm.Norm;
import org.jointcultivation.core.norm.NormKind;
import org.jointcultivation.core.norm.NormSource;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.core.norm.Recurrence;
import org.jointcultivation.core.norm.RecurrenceUnit;
import org.jointcultivation.core.norm.RewardPolicy;
import org.jointcultivation.core.norm.RewardRecipient;
import org.jointcultivation.core.norm.SanctionPolicy;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.rules.StandardTemplates;

/**
 * The regulations the examples evaluate against, written the way a university's programme office
 * would: each a standard template, its numbers as parameters, and its citation.
 */
final class Regulations {
  private Regulations() {}

  private static NormSource source(String authority, AuthorityLevel level, String document, String version,
      String clause) {
    return NormSource.builder().authority(authority).level(level).document(document).version(version)
        .clause(clause).issued(LocalDate.of(Integer.parseInt(version.substring(0, 4)), 1, 1)).build();
  }

  private static Norm.Builder norm(String id, String template, String title, NormSource source,
      Map<String, String> parameters, BearerRole... bearers) {
    return Norm.builder().id(id).kind(NormKind.OBLIGATION).template(template).title(title).source(source)
        .addBearers(bearers).parameters(parameters);
  }

  /** The Ministry of Education's national rules for supervisors and postgraduates. */
  static PolicyPack national() {
    NormSource code = source("Ministry of Education", AuthorityLevel.NATIONAL,
        "Code of conduct for postgraduate supervisors", "2020", "§4");
    NormSource training = source("Ministry of Education", AuthorityLevel.NATIONAL,
        "Opinions on supervisor training", "2020", "§2");
    return PolicyPack.builder().id("MOE").version("2020").title("National rules").layer(AuthorityLevel.NATIONAL)
        .addNorm(norm("train-before-supervising", StandardTemplates.TRAINING_BEFORE_SUPERVISING,
            "Pre-service training before a first student", training, Map.of(), BearerRole.TUTOR).build())
        .addNorm(norm("mid-term-review", StandardTemplates.DEADLINE_AFTER_EVENT,
            "Master's mid-term review by the end of the 3rd semester", code,
            Map.of("trigger", "PROGRAMME_START", "response", "MilestoneReviewed", "kinds", "MID_TERM_REVIEW",
                "within", "P18M"), BearerRole.STUDENT).build())
        .addNorm(norm("no-new-students", StandardTemplates.NO_NEW_STUDENTS_WHILE_SUSPENDED,
            "No new students while admission is suspended", code, Map.of(), BearerRole.TUTOR)
            .kind(NormKind.PROHIBITION).build())
        .addNorm(norm("meetings-per-year", StandardTemplates.MINIMUM_COUNT_PER_PERIOD,
            "At least 6 supervision meetings a year", code, Map.of("minimum", "6"), BearerRole.STUDENT)
            .recurrence(Recurrence.every(RecurrenceUnit.ACADEMIC_YEAR)).build())
        .build();
  }

  /** The home college's regulations: debriefings, feedback, health, discipline and rewards. */
  static PolicyPack college(InstitutionId college) {
    NormSource rules = source("Youjiang Medical University for Nationalities", AuthorityLevel.INSTITUTION,
        "Regulations on joint postgraduate cultivation", "2024", "§3");
    NormSource discipline = source("Youjiang Medical University for Nationalities", AuthorityLevel.INSTITUTION,
        "Student discipline regulations", "2024", "§12");
    return PolicyPack.builder().id("YMU").version("2024.1").title("Home college regulations")
        .layer(AuthorityLevel.INSTITUTION).institution(college)
        .addNorm(norm("meetings-per-year", StandardTemplates.MINIMUM_COUNT_PER_PERIOD,
            "At least 10 supervision meetings a year", rules, Map.of("minimum", "10"), BearerRole.STUDENT)
            .recurrence(Recurrence.every(RecurrenceUnit.ACADEMIC_YEAR)).build())
        .addNorm(norm("progress-debriefings", StandardTemplates.MINIMUM_COUNT_PER_PERIOD,
            "A progress debriefing every month, at most 2 months missed in a row", rules,
            Map.of("minimum", "1", "kinds", "PROGRESS_DEBRIEFING,DISSERTATION_DEBRIEFING", "maxConsecutiveMisses", "2"),
            BearerRole.PERSON_IN_CHARGE).recurrence(Recurrence.every(RecurrenceUnit.MONTH)).build())
        .addNorm(norm("feedback-follow-up", StandardTemplates.DEADLINE_AFTER_EVENT,
            "Trainees' feedback is followed up within 14 days", rules,
            Map.of("trigger", "FeedbackSubmitted", "response", "FeedbackFollowedUp", "within", "P14D"),
            BearerRole.SUPERVISION_TEAM).bearerMode(BearerMode.ANY).build())
        .addNorm(norm("health-adjustment", StandardTemplates.DEADLINE_AFTER_EVENT,
            "The training programme is adjusted within 10 days of a health request", rules,
            Map.of("trigger", "HealthAdjustmentRequested", "response", "HealthAdjustmentMade", "within", "P10D",
                "suspendingLeave", "STUDY_SUSPENDED"), BearerRole.PERSON_IN_CHARGE).build())
        .addSanctionPolicy(SanctionPolicy.builder().id("student-discipline")
            .title("Criticism, education, punishment, termination").source(discipline).subject(MeasureSubject.STUDENT)
            .addLadder(step("CRITICISM", "criticism", DueProcessStep.NOTICE, DueProcessStep.DECISION))
            .addLadder(step("EDUCATION", "education", DueProcessStep.NOTICE, DueProcessStep.DECISION))
            .addLadder(step("PUNISHMENT", "punishment under the governing university's regulations",
                DueProcessStep.NOTICE, DueProcessStep.STATEMENT_OF_CASE, DueProcessStep.DECISION,
                DueProcessStep.APPEAL_WINDOW))
            .addLadder(LadderStep.builder().code("TERMINATION").label("termination of the joint cultivation")
                .addDueProcess(DueProcessStep.NOTICE, DueProcessStep.STATEMENT_OF_CASE, DueProcessStep.HEARING,
                    DueProcessStep.DECISION, DueProcessStep.APPEAL_WINDOW).endsJointCultivation(true).build())
            .violationsPerStep(3).window(Period.ofYears(1)).appealWindow(Period.ofDays(10)).build())
        .addRewardPolicy(RewardPolicy.builder().id("excellent-trainee")
            .title("Award for excellent joint trainees, with their tutors").source(rules)
            .criterion("excellent-trainee")
            .parameters(Map.of("outcome", "EXCELLENT", "minimumPublications", "1", "window", "P1Y"))
            .addRecipients(RewardRecipient.TRAINEE, RewardRecipient.TUTORS).rewardCode("EXCELLENT_TRAINEE_AWARD")
            .build())
        .build();
  }

  /** The key university's regulations: stricter on meetings than the home college. */
  static PolicyPack keyUniversity(InstitutionId university) {
    NormSource rules = source("Key Medical University", AuthorityLevel.INSTITUTION,
        "Code of practice for visiting postgraduates", "2023", "§2.4");
    return PolicyPack.builder().id("KMU").version("2023.2").title("Host university regulations")
        .layer(AuthorityLevel.INSTITUTION).institution(university)
        .addNorm(norm("meetings-per-year", StandardTemplates.MINIMUM_COUNT_PER_PERIOD,
            "At least 12 supervision meetings a year", rules, Map.of("minimum", "12"), BearerRole.STUDENT)
            .recurrence(Recurrence.every(RecurrenceUnit.ACADEMIC_YEAR)).build())
        .build();
  }

  /** The joint cultivation agreement's own norms (seed 1's dual tutor system). */
  static PolicyPack agreement(AgreementId agreement, String clausePrefix) {
    NormSource dual = source("Joint cultivation agreement " + agreement, AuthorityLevel.AGREEMENT,
        "Dual tutor system", "2024", clausePrefix + "3");
    return PolicyPack.builder().id("AGREEMENT-" + agreement).version("2024").title("Agreement " + agreement)
        .layer(AuthorityLevel.AGREEMENT).agreement(agreement)
        .addNorm(norm("first-meeting", StandardTemplates.DEADLINE_AFTER_EVENT,
            "The first meeting within 14 days of the start", dual,
            Map.of("trigger", "PROGRAMME_START", "within", "P14D"), BearerRole.PERSON_IN_CHARGE).build())
        .addNorm(norm("tutor-communication", StandardTemplates.MAXIMUM_INTERVAL,
            "The first person in charge contacts the second tutor at least every 4 weeks", dual,
            Map.of("event", "TutorsCommunicated", "interval", "P4W"), BearerRole.PERSON_IN_CHARGE).build())
        .addNorm(norm("problems-acknowledged", StandardTemplates.DEADLINE_AFTER_EVENT,
            "Problems a trainee reports are acknowledged within 3 days", dual,
            Map.of("trigger", "ProblemsReported", "response", "ProblemAcknowledged", "within", "P3D"),
            BearerRole.SUPERVISION_TEAM).bearerMode(BearerMode.ANY).build())
        .addNorm(norm("corresponding-author", StandardTemplates.CORRESPONDING_AUTHOR,
            "The corresponding author of a trainee's article is the first or second tutor", dual, Map.of(),
            BearerRole.STUDENT, BearerRole.SUPERVISION_TEAM).kind(NormKind.PROHIBITION).build())
        .addNorm(norm("research-funds", StandardTemplates.FUNDS_BY_MUTUAL_AGREEMENT,
            "Research funds are agreed within 3 months and never overspent", dual, Map.of("agreeWithin", "P3M"),
            BearerRole.HOST_INSTITUTION).build())
        .build();
  }

  private static LadderStep step(String code, String label, DueProcessStep... dueProcess) {
    return LadderStep.builder().code(code).label(label).addDueProcess(dueProcess).build();
  }
}
