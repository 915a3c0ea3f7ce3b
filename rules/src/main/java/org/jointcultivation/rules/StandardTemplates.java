package org.jointcultivation.rules;

/**
 * The names of the standard rule templates, for {@link org.jointcultivation.core.norm.Norm#template()}.
 * Every number is a parameter: packs configure the templates, no code changes.
 *
 * <p>Parameters common to the student templates: {@code suspendingLeave}, a comma-separated list of
 * {@link org.jointcultivation.core.event.LeaveKind}s that suspend the duty and shift its deadlines
 * (all kinds unless set; {@code NONE} for none), and {@code leaveAllowanceDays}, the first days of
 * each kind of leave in each year since the start that do not. Events are filtered by {@code event} (a type name such as {@code
 * SupervisionMeetingHeld}), {@code kinds} (meeting kinds, milestones, training kinds) and {@code
 * confirmedOnly} (meeting records confirmed by the student and a tutor). Duties of bearer {@code
 * TUTOR} may be limited with {@code tutorInstitutionKinds} (e.g. {@code MEDICAL_COLLEGE,UNIVERSITY}
 * for school teachers). Periods are ISO-8601 ({@code P14D}, {@code P6M}).
 *
 * @since 0.1.0
 */
public final class StandardTemplates {
  /**
   * An achievement duty due {@code within} after a {@code trigger} ({@code PROGRAMME_START},
   * {@code ProblemsReported}, or an event type such as {@code FeedbackSubmitted}), met by a {@code
   * response} event (default {@code SupervisionMeetingHeld}) that answers it, done by the bearers.
   * The trigger may be a kind the vocabulary declares, whose DATE field {@code dueField} may set the
   * due date itself; {@code mustReferToTrigger} says whether the response must refer to the
   * triggering event; with {@code notBefore}, a response before that long after the trigger is too
   * early, a breach (a window); {@code triggerWhere}, a CEL condition over the triggering
   * <i>event</i>, selects which events start the clock (a failed review); {@code dueAtEndOfTerm}
   * makes the duty due at the end of that term of the programme, terms starting on {@code
   * termStarts}.
   * Examples: first meeting within 14 days of the start; feedback followed up within 14 days; a
   * health adjustment within 10 days of the request; problems acknowledged within 3 days.
   */
  public static final String DEADLINE_AFTER_EVENT = "deadline-after-event";

  /**
   * At least {@code minimum} events per period of the norm's recurrence (or of {@code unit} for a
   * norm without one), with optional {@code maxConsecutiveMisses}; period boundaries by {@code
   * yearStart} and {@code termStarts}.
   * Examples: 9 meetings a year full-time, 7 part-time (Solent); a full-team meeting each term
   * (bearer mode ALL_TOGETHER); in-post tutor training each semester (bearer TUTOR).
   */
  public static final String MINIMUM_COUNT_PER_PERIOD = "minimum-count-per-period";

  /**
   * A phased cadence: each next event within {@code interval} of the previous, within {@code
   * initialInterval} during the first {@code initialPhase}, the first within {@code firstWithin};
   * with {@code fromSchedule}, each next is due an interval after the previous due date instead.
   * Examples: fortnightly for 3 months then every 6 weeks (Portsmouth); the first annual review
   * after 9 months then every 12 (Newcastle); the person in charge contacts the second tutor every
   * 4 weeks; training renewed every 2 years (bearer TUTOR).
   */
  public static final String MAXIMUM_INTERVAL = "maximum-interval";

  /**
   * "Train before you supervise": a tutor completes training of {@code kinds} (default {@code
   * PRE_SERVICE}) before their first student; with {@code minimumHours} and {@code within}, that
   * many hours within that time of their first student instead (11 hours within 1 year).
   */
  public static final String TRAINING_BEFORE_SUPERVISING = "training-before-supervising";

  /**
   * At least {@code minimum} of placement (for fresh graduates {@code minimumForFreshGraduates};
   * or, with {@code fromAgreement=true}, as the agreement's placement clause says) by {@code by}
   * after the start (default P3Y), counting placements of {@code placementKinds}.
   */
  public static final String MINIMUM_PLACEMENT = "minimum-placement";

  /**
   * At least {@code percent} of the programme's first {@code over} (default P3Y) spent in
   * placements of {@code placementKinds}: 75% for an engineering doctorate, 50% for an MSCA
   * industrial doctorate.
   */
  public static final String MINIMUM_SHARE_AT_HOST = "minimum-share-at-host";

  /**
   * The corresponding author of a trainee's publication is a tutor in one of {@code positions}
   * ({@code FIRST,SECOND}); without the parameter, as the agreement's authorship clause says.
   */
  public static final String CORRESPONDING_AUTHOR = "corresponding-author";

  /**
   * A tutor holds at most {@code maximum} active students in {@code position} ({@code FIRST},
   * {@code SECOND}, {@code LEAD} or {@code ANY}; default {@code LEAD}), counting only the students
   * for whom {@code counting} holds, a CEL condition over <i>student</i> if given (e.g. research
   * students only).
   */
  public static final String LOAD_CAP = "load-cap";

  /**
   * A tutor honours the decided measures on admission whose code is in {@code measures} (default
   * {@code SUSPENDED_ADMISSION,LOSS_OF_SUPERVISOR_STATUS}) while they are in force: each student
   * taken on after the decision and before its duration runs out, at one of its study levels, is
   * one case, fulfilled within the measure's quota and violated beyond it (or always, for a measure
   * without a quota). One obligation per case, {@code <rule>/<tutor>/<decision>/<student>}, so an
   * exemption can lift one.
   */
  public static final String NO_NEW_STUDENTS_WHILE_SUSPENDED = "no-new-students-while-suspended";

  /**
   * Research funds "by mutual agreement": for each funding clause without an amount, the amount is
   * agreed within {@code agreeWithin} of the agreement's start, and disbursements never exceed what
   * was agreed.
   */
  public static final String FUNDS_BY_MUTUAL_AGREEMENT = "funds-by-mutual-agreement";

  /**
   * Every event of kind {@code event} (of the library's or the vocabulary's; those for which
   * {@code where} holds, if given) must satisfy {@code requirement}, a CEL condition over the
   * variables <i>event</i>, the subject's <i>events</i> and the subject's facts (<i>student</i>,
   * <i>home</i>, <i>host</i>, <i>agreement</i>, <i>team</i>; or <i>tutor</i> and <i>home</i> for
   * bearer TUTOR); an event that does not is a violation on its date. Examples: an expert appointed
   * at most at 65 ({@code yearsBetween(tutor.birthDate, event.date) <= 65}); funds disbursed only
   * after confirmation; no supervisor in a declared relationship with the candidate.
   */
  public static final String EVENT_REQUIREMENT = "event-requirement";

  /**
   * Validity that expires and is renewed: the bearer holds a valid {@code event} (an accreditation,
   * a certificate, a registration) on every day it is required, each event of the kind (selected
   * by {@code where} and {@code kinds}) valid for {@code validFor} from its date, or until its
   * {@code validUntilField}, a DATE field of a declared kind. A student needs one from the start of
   * the candidacy until it ends, a tutor on every day they supervise; {@code firstWithin} allows
   * time to obtain the first. Each lapse is one obligation, violated on its first day and naming
   * the renewal if there was one; the validity held on the day of evaluation is one obligation in
   * effect, due on its last valid day, so reminders list renewals falling due.
   *
   * @since 0.2.0
   */
  public static final String VALIDITY = "validity";

  private StandardTemplates() {}
}
