package org.jointcultivation.rules.internal;

import static org.jointcultivation.rules.spi.ParameterDeclaration.choice;
import static org.jointcultivation.rules.spi.ParameterDeclaration.typed;
import static org.jointcultivation.rules.spi.ParameterDeclaration.wholeNumber;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.jointcultivation.core.agreement.PlacementKind;
import org.jointcultivation.core.agreement.TutorPosition;
import org.jointcultivation.core.event.LeaveKind;
import org.jointcultivation.core.event.TrainingKind;
import org.jointcultivation.core.norm.RecurrenceUnit;
import org.jointcultivation.core.party.InstitutionKind;
import org.jointcultivation.rules.spi.ParameterDeclaration;
import org.jointcultivation.rules.spi.ParameterType;

/**
 * The declarations of the standard templates' parameters, those several templates share first.
 * {@code StandardParametersTest} checks that each template reads exactly what it declares.
 */
final class StandardParameters {
  static final ParameterDeclaration SUSPENDING_LEAVE = choice(Suspensions.PARAMETER, ParameterType.CHOICES,
      ImmutableList.<String>builder().add(Suspensions.NO_KIND)
          .addAll(java.util.Arrays.stream(LeaveKind.values()).map(Enum::name).toList()).build(),
      "the kinds of leave that suspend the duty and shift its deadlines; NONE for a deadline leave does not move")
      .withDefault("every kind");
  static final ParameterDeclaration LEAVE_ALLOWANCE = wholeNumber(Suspensions.ALLOWANCE, 0, 366,
      "the first days of each kind of leave in each year since the start that do not suspend the duty")
      .withDefault("0");
  static final ParameterDeclaration TUTOR_INSTITUTION_KINDS = choice("tutorInstitutionKinds", ParameterType.CHOICES,
      InstitutionKind.class, "for duties of bearer TUTOR: only tutors at institutions of these kinds bear it")
      .withDefault("every kind");
  static final ParameterDeclaration KINDS = typed("kinds", ParameterType.TEXT_LIST,
      "only events of these kinds count (meeting kinds, milestones, training or exchange kinds, progress kinds)")
      .withDefault("every kind");
  static final ParameterDeclaration CONFIRMED_ONLY = typed("confirmedOnly", ParameterType.FLAG,
      "only meeting records confirmed by the student and a tutor count").withDefault("false");

  private StandardParameters() {}

  /** The event type counted, by its simple name. */
  static ParameterDeclaration eventType(String name, String description, String fallback) {
    return choice(name, ParameterType.EVENT_KIND, ImmutableList.copyOf(EventFacts.TYPES.keySet()), description)
        .withDefault(fallback);
  }

  static List<ParameterDeclaration> deadlineAfterEvent() {
    List<String> triggers = new ArrayList<>(List.of(DeadlineTemplate.PROGRAMME_START, DeadlineTemplate.PROBLEMS_REPORTED));
    triggers.addAll(EventFacts.TYPES.keySet());
    return List.of(
        choice("trigger", ParameterType.EVENT_KIND, triggers,
            "what starts the clock: the programme's start, a progress report raising problems, or an event type")
            .withDefault("the norm's deadline anchor; required without one"),
        typed("within", ParameterType.PERIOD, "how long after the trigger the duty is due")
            .withDefault("the norm's deadline; required without one"),
        eventType("response", "the event type that meets the duty", "SupervisionMeetingHeld"),
        typed("notBefore", ParameterType.PERIOD,
            "a window: a response earlier than this after the trigger is too early, a breach"),
        typed("dueField", ParameterType.TEXT,
            "a DATE field of the triggering declared event that sets the due date instead of within"),
        wholeNumber("dueAtEndOfTerm", 1, 40,
            "the duty is due at the end of this term of the programme, counted from the term it starts in"),
        typed("termStarts", ParameterType.DAYS_OF_YEAR, "the days terms start, for dueAtEndOfTerm")
            .withDefault("09-01,02-01"),
        typed("triggerWhere", ParameterType.CONDITION,
            "only triggering events for which this condition over the event holds start the clock")
            .withDefault("every triggering event"),
        typed("mustReferToTrigger", ParameterType.FLAG,
            "whether the response must refer to the triggering event (a follow-up to its feedback)")
            .withDefault("true for the library's own triggers, false for declared ones"),
        KINDS, CONFIRMED_ONLY, SUSPENDING_LEAVE, LEAVE_ALLOWANCE);
  }

  static List<ParameterDeclaration> eventRequirement() {
    return List.of(
        choice("event", ParameterType.EVENT_KIND, ImmutableList.copyOf(EventFacts.TYPES.keySet()),
            "the event kind each of whose events is judged").asRequired(),
        typed("where", ParameterType.CONDITION, "only the events for which this condition holds are judged")
            .withDefault("every event of the kind"),
        typed("requirement", ParameterType.CONDITION, "what each judged event must satisfy").asRequired(),
        KINDS, CONFIRMED_ONLY);
  }

  static List<ParameterDeclaration> validity() {
    return List.of(
        choice("event", ParameterType.EVENT_KIND, ImmutableList.copyOf(EventFacts.TYPES.keySet()),
            "the event kind that grants validity (an accreditation, a certificate, a registration)").asRequired(),
        typed("validFor", ParameterType.PERIOD, "how long each granting event is valid from its date")
            .withDefault("validUntilField; required without it"),
        typed("validUntilField", ParameterType.TEXT,
            "a DATE field of the declared granting kind holding its last valid day, instead of validFor"),
        typed("firstWithin", ParameterType.PERIOD,
            "how long after the start a first valid one may be obtained").withDefault("at once"),
        typed("where", ParameterType.CONDITION, "only the granting events for which this condition holds count")
            .withDefault("every event of the kind"),
        KINDS, CONFIRMED_ONLY);
  }

  static List<ParameterDeclaration> minimumCountPerPeriod() {
    return List.of(
        wholeNumber("minimum", 1, 1_000, "the least number of events in each period").asRequired(),
        wholeNumber("maxConsecutiveMisses", 0, 1_000, "the most periods in a row that may fall short")
            .withDefault("no limit"),
        eventType("event", "the event type counted", "SupervisionMeetingHeld"),
        KINDS, CONFIRMED_ONLY, SUSPENDING_LEAVE, LEAVE_ALLOWANCE, TUTOR_INSTITUTION_KINDS,
        choice("unit", ParameterType.CHOICE, RecurrenceUnit.class, "the period counted over")
            .withDefault("the norm's recurrence; required without one"),
        typed("yearStart", ParameterType.DAY_OF_YEAR, "the first day of the academic year").withDefault("09-01"),
        typed("termStarts", ParameterType.DAYS_OF_YEAR, "the first day of each term, for terms and semesters")
            .withDefault("09-01,02-15"));
  }

  static List<ParameterDeclaration> maximumInterval() {
    return List.of(
        typed("interval", ParameterType.PERIOD, "the longest time allowed between one event and the next").asRequired(),
        typed("initialInterval", ParameterType.PERIOD, "the interval during the initial phase; set with initialPhase"),
        typed("initialPhase", ParameterType.PERIOD, "how long the initial interval applies; set with initialInterval"),
        typed("firstWithin", ParameterType.PERIOD, "the longest time to the first event").withDefault("the interval"),
        typed("fromSchedule", ParameterType.FLAG,
            "whether each next event is due an interval after the previous due date rather than the previous event")
            .withDefault("false"),
        eventType("event", "the event type counted", "SupervisionMeetingHeld"),
        KINDS, CONFIRMED_ONLY, SUSPENDING_LEAVE, LEAVE_ALLOWANCE, TUTOR_INSTITUTION_KINDS);
  }

  static List<ParameterDeclaration> trainingBeforeSupervising() {
    return List.of(
        choice("kinds", ParameterType.CHOICES, TrainingKind.class, "the kinds of training that count")
            .withDefault("PRE_SERVICE"),
        wholeNumber("minimumHours", 1, 10_000, "hours of training needed instead of training before the first student"),
        typed("within", ParameterType.PERIOD, "with minimumHours: the time after the first student to complete them"));
  }

  static List<ParameterDeclaration> minimumPlacement() {
    return List.of(
        typed("minimum", ParameterType.PERIOD, "the least total time in placements"),
        typed("minimumForFreshGraduates", ParameterType.PERIOD, "the least total time for fresh graduates"),
        typed("fromAgreement", ParameterType.FLAG, "take the minimum from the agreement's placement clause")
            .withDefault("false"),
        typed("by", ParameterType.PERIOD, "how long after the start the placements must be done").withDefault("P3Y"),
        choice("placementKinds", ParameterType.CHOICES, PlacementKind.class, "the kinds of placement that count")
            .withDefault("every kind"));
  }

  static List<ParameterDeclaration> minimumShareAtHost() {
    return List.of(
        wholeNumber("percent", 1, 100, "the least share of the time spent in placements").asRequired(),
        typed("over", ParameterType.PERIOD, "the part of the programme, from its start, the share is taken of")
            .withDefault("P3Y"),
        choice("placementKinds", ParameterType.CHOICES, PlacementKind.class, "the kinds of placement that count")
            .withDefault("every kind"));
  }

  static List<ParameterDeclaration> correspondingAuthor() {
    return List.of(choice("positions", ParameterType.CHOICES, TutorPosition.class,
        "the tutor positions a corresponding author may hold").withDefault("as the agreement's authorship clause says"));
  }

  static List<ParameterDeclaration> loadCap() {
    return List.of(
        wholeNumber("maximum", 1, 10_000, "the most active students a tutor holds").asRequired(),
        choice("position", ParameterType.CHOICE, List.of("FIRST", "SECOND", "LEAD", "ANY"),
            "the position in which students are counted").withDefault("LEAD"),
        typed("counting", ParameterType.CONDITION, "only students for whom this condition holds count")
            .withDefault("every student"));
  }

  static List<ParameterDeclaration> noNewStudentsWhileSuspended() {
    return List.of(typed("measures", ParameterType.TEXT_LIST, "the codes of decided measures that suspend admission")
        .withDefault("SUSPENDED_ADMISSION,LOSS_OF_SUPERVISOR_STATUS"));
  }

  static List<ParameterDeclaration> fundsByMutualAgreement() {
    return List.of(typed("agreeWithin", ParameterType.PERIOD, "how long after the agreement starts funds are agreed")
        .asRequired());
  }
}
