package org.jointcultivation.rules.access;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jointcultivation.core.agreement.DualTutorAssignment;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.Decision;
import org.jointcultivation.core.event.ExchangeActivityRecorded;
import org.jointcultivation.core.event.FeedbackSubmitted;
import org.jointcultivation.core.event.FeedbackTopic;
import org.jointcultivation.core.event.MeasureDecided;
import org.jointcultivation.core.event.Measure;
import org.jointcultivation.core.event.MeasureProposed;
import org.jointcultivation.core.event.SupervisionMeetingHeld;
import org.jointcultivation.core.event.TrainingCompleted;
import org.jointcultivation.core.party.AdministratorRole;
import org.jointcultivation.core.party.AdmissionStatus;
import org.jointcultivation.core.party.InstitutionKind;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;

/**
 * The standard rights, one policy per rule: who sees a student, anonymous feedback, confidential
 * health, what a host enterprise sees, who sees measures, and the live-state rules (suspended
 * admission, terminated agreements).
 */
final class StandardRights {
  private static final Set<Action> STUDENT_OWN = EnumSet.of(Action.VIEW_STUDENT_RECORD, Action.VIEW_MEETING_RECORD,
      Action.RECORD_MEETING, Action.CONFIRM_MEETING, Action.VIEW_FEEDBACK, Action.VIEW_HEALTH_ADJUSTMENTS,
      Action.VIEW_PLACEMENT);
  private static final Set<Action> TEAM = EnumSet.of(Action.VIEW_STUDENT_RECORD, Action.VIEW_MEETING_RECORD,
      Action.RECORD_MEETING, Action.CONFIRM_MEETING, Action.VIEW_PLACEMENT, Action.PROPOSE_MEASURE);
  private static final Set<Action> OFFICE = EnumSet.of(Action.VIEW_STUDENT_RECORD, Action.VIEW_MEETING_RECORD,
      Action.VIEW_PLACEMENT, Action.PROPOSE_MEASURE);

  private StandardRights() {}

  static List<AccessPolicy> policies(RightsPack pack) {
    return List.of(
        named("student-self", StandardRights::studentSelf),
        named("assigned-tutor", StandardRights::assignedTutor),
        named("tutor-self", StandardRights::tutorSelf),
        named("feedback-anonymous-to-tutors", f -> feedback(f, pack.feedbackAggregateMinimum())),
        named("health-confidential", StandardRights::health),
        named("enterprise-host", f -> enterpriseHost(f, pack.enterpriseHostMayView())),
        named("measures-to-subject-and-deciding-body", StandardRights::measures),
        named("programme-office", StandardRights::programmeOffice),
        named("government-authority", StandardRights::government),
        named("admission-suspended", f -> admission(f, pack.suspendingMeasures())),
        named("terminated-agreement", StandardRights::terminated));
  }

  private static AccessPolicy named(String id, Function<RequestFacts, Optional<Verdict.Effect>> rule) {
    return new AccessPolicy() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Optional<Verdict> evaluate(AccessRequest request) {
        RequestFacts facts = new RequestFacts(request);
        if (!consistent(facts)) {
          return Optional.empty();
        }
        return rule.apply(facts).map(effect -> new Verdict(id, effect, reason(id, effect)));
      }

      @Override
      public String toString() {
        return id;
      }
    };
  }

  /** A view of an event must ask for the view that kind of event needs. */
  private static boolean consistent(RequestFacts facts) {
    Action action = facts.request.action();
    return facts.event.map(e -> !action.name().startsWith("VIEW_") || AccessControl.viewActionFor(e, facts.record) == action)
        .orElse(true);
  }

  private static String reason(String id, Verdict.Effect effect) {
    return switch (id) {
      case "student-self" -> "a student sees and records their own cultivation";
      case "assigned-tutor" -> "a tutor sees a student while assigned to that student";
      case "tutor-self" -> "a tutor sees their own record";
      case "feedback-anonymous-to-tutors" -> effect == Verdict.Effect.PERMIT
          ? "enough trainees answered for the aggregate to be anonymous"
          : "feedback is anonymous to tutors: aggregates only, and only when enough trainees answered";
      case "health-confidential" -> effect == Verdict.Effect.PERMIT
          ? "the student, the first person in charge or the home institution's health designate"
          : "health adjustments are visible only to the student, the first person in charge and the home "
              + "institution's designated administrator";
      case "enterprise-host" -> effect == Verdict.Effect.PERMIT
          ? "the host enterprise sees placement and meeting information of the students placed with it"
          : "the host enterprise never sees disciplinary records";
      case "measures-to-subject-and-deciding-body" -> effect == Verdict.Effect.PERMIT
          ? "the subject of the measure or the deciding body" : "measures are visible only to their subject and the deciding body";
      case "programme-office" -> "the programme office of the student's home or host institution, or of a party";
      case "government-authority" -> "a government authority sees the agreements its policies make enforceable";
      case "admission-suspended" -> effect == Verdict.Effect.PERMIT
          ? "the tutor may take on students" : "the tutor's admission of new students is suspended";
      case "terminated-agreement" -> effect == Verdict.Effect.PERMIT
          ? "the archive keeps the records of a terminated agreement"
          : "the joint cultivation was terminated: no access except for the archive";
      default -> id;
    };
  }

  private static Optional<Verdict.Effect> permitIf(boolean condition) {
    return condition ? Optional.of(Verdict.Effect.PERMIT) : Optional.empty();
  }

  private static Optional<Verdict.Effect> studentSelf(RequestFacts f) {
    if (!f.principalIsStudent() || !STUDENT_OWN.contains(f.request.action())) {
      return Optional.empty();
    }
    if (f.request.action() == Action.CONFIRM_MEETING && f.event.isPresent()) {
      return permitIf(f.event.get() instanceof SupervisionMeetingHeld m && m.attendees().contains(f.principal));
    }
    return Optional.of(Verdict.Effect.PERMIT);
  }

  private static Optional<Verdict.Effect> assignedTutor(RequestFacts f) {
    if (!f.principalInTeam() || !TEAM.contains(f.request.action())) {
      return Optional.empty();
    }
    if (f.request.action() == Action.CONFIRM_MEETING && f.event.isPresent()) {
      return permitIf(f.event.get() instanceof SupervisionMeetingHeld m && m.attendees().contains(f.principal));
    }
    return Optional.of(Verdict.Effect.PERMIT);
  }

  private static Optional<Verdict.Effect> tutorSelf(RequestFacts f) {
    if (f.request.action() != Action.VIEW_TUTOR_RECORD || !(f.principal instanceof TutorId tutor)) {
      return Optional.empty();
    }
    return permitIf(f.subject.map(tutor::equals).orElse(false) || f.event.map(e -> tutorOf(e).map(tutor::equals)
        .orElse(false)).orElse(false));
  }

  private static Optional<TutorId> tutorOf(CultivationEvent event) {
    if (event instanceof TrainingCompleted training) {
      return Optional.of(training.tutor());
    } else if (event instanceof ExchangeActivityRecorded exchange) {
      return Optional.of(exchange.tutor());
    }
    return Optional.empty();
  }

  private static Optional<Verdict.Effect> feedback(RequestFacts f, int minimum) {
    Action action = f.request.action();
    if (action == Action.VIEW_FEEDBACK) {
      return f.principal instanceof TutorId ? Optional.of(Verdict.Effect.FORBID) : Optional.empty();
    }
    if (action != Action.VIEW_FEEDBACK_AGGREGATE || !(f.request.resource() instanceof Resource.OfTutor about)) {
      return Optional.empty();
    }
    boolean entitled = f.principal.equals(about.id()) || (f.hasRole(AdministratorRole.PROGRAMME_OFFICE)
        && f.principalInstitution().equals(f.record.tutor(about.id()).map(t -> t.homeInstitution())));
    if (!entitled) {
      return Optional.empty();
    }
    // Only feedback about this tutor counts: named as its subject, or unnamed feedback on
    // supervision given while the tutor was in the trainee's team.
    Set<StudentId> answered = new HashSet<>();
    for (DualTutorAssignment assignment : f.record.assignmentsOfTutor(about.id())) {
      for (FeedbackSubmitted feedback : f.record.eventsOf(assignment.student(), FeedbackSubmitted.class)) {
        boolean aboutTutor = feedback.about().map(about.id()::equals)
            .orElse(feedback.topic() == FeedbackTopic.SUPERVISION && assignment.period().contains(feedback.date()));
        if (aboutTutor && !feedback.date().isAfter(f.asOf)) {
          answered.add(feedback.student());
        }
      }
    }
    for (CultivationEvent event : f.record.eventsOf(about.id())) {
      if (event instanceof FeedbackSubmitted feedback && feedback.about().map(about.id()::equals).orElse(false)
          && !feedback.date().isAfter(f.asOf)) {
        answered.add(feedback.student());
      }
    }
    return Optional.of(answered.size() >= minimum ? Verdict.Effect.PERMIT : Verdict.Effect.FORBID);
  }

  private static Optional<Verdict.Effect> health(RequestFacts f) {
    if (f.request.action() != Action.VIEW_HEALTH_ADJUSTMENTS) {
      return Optional.empty();
    }
    boolean designate = f.hasRole(AdministratorRole.HEALTH_DESIGNATE) && f.principalInstitution().equals(f.home());
    return Optional.of(f.principalIsStudent() || f.principalIsLead() || designate
        ? Verdict.Effect.PERMIT : Verdict.Effect.FORBID);
  }

  private static Optional<Verdict.Effect> enterpriseHost(RequestFacts f, Set<Action> mayView) {
    if (!f.principalAtKind(InstitutionKind.ENTERPRISE)) {
      return Optional.empty();
    }
    if (f.request.action() == Action.VIEW_MEASURES) {
      return Optional.of(Verdict.Effect.FORBID);
    }
    return permitIf(mayView.contains(f.request.action())
        && f.principalInstitution().map(i -> f.placementHosts().contains(i)).orElse(false));
  }

  private static Optional<Verdict.Effect> measures(RequestFacts f) {
    Action action = f.request.action();
    if (action != Action.VIEW_MEASURES && action != Action.DECIDE_MEASURE) {
      return Optional.empty();
    }
    boolean decidingBody = f.hasRole(AdministratorRole.DISCIPLINARY_BODY) && f.principalInstitution()
        .map(i -> f.subject.filter(TutorId.class::isInstance).isPresent()
            ? f.record.tutor((TutorId) f.subject.get()).map(t -> t.homeInstitution().equals(i)).orElse(false)
            : f.governing().contains(i))
        .orElse(false);
    if (action == Action.DECIDE_MEASURE) {
      return permitIf(decidingBody);
    }
    boolean subject = f.subject.map(f.principal::equals).orElse(false);
    return Optional.of(subject || decidingBody ? Verdict.Effect.PERMIT : Verdict.Effect.FORBID);
  }

  private static Optional<Verdict.Effect> programmeOffice(RequestFacts f) {
    if (!f.hasRole(AdministratorRole.PROGRAMME_OFFICE)) {
      return Optional.empty();
    }
    Action action = f.request.action();
    if (action == Action.VIEW_AGREEMENT || action == Action.AMEND_AGREEMENT) {
      return permitIf(f.agreement.map(f::principalIsPartyOf).orElse(false));
    }
    if (action == Action.VIEW_TUTOR_RECORD) {
      Optional<TutorId> tutor = f.subject.filter(TutorId.class::isInstance).map(TutorId.class::cast)
          .or(() -> f.event.flatMap(StandardRights::tutorOf));
      return permitIf(tutor.flatMap(f.record::tutor)
          .map(t -> f.principalInstitution().map(t.homeInstitution()::equals).orElse(false)).orElse(false));
    }
    return permitIf(OFFICE.contains(action)
        && f.principalInstitution().map(i -> f.studentInstitutions().contains(i)).orElse(false));
  }

  private static Optional<Verdict.Effect> government(RequestFacts f) {
    return permitIf(f.request.action() == Action.VIEW_AGREEMENT && f.agreement.isPresent()
        && f.principalAtKind(InstitutionKind.GOVERNMENT_AUTHORITY));
  }

  private static Optional<Verdict.Effect> admission(RequestFacts f, Set<String> codes) {
    if (f.request.action() != Action.TAKE_ON_STUDENT || !(f.request.resource() instanceof Resource.OfTutor about)) {
      return Optional.empty();
    }
    boolean suspended = f.record.tutor(about.id()).map(t -> t.admissionStatus() != AdmissionStatus.ACTIVE)
        .orElse(true)
        || f.record.eventsOf(about.id()).stream().anyMatch(e -> e instanceof MeasureDecided d
            && d.subject().equals(about.id()) && d.decision() != Decision.REJECTED
            && closesAdmission(f, about.id(), d, codes));
    if (suspended) {
      return Optional.of(Verdict.Effect.FORBID);
    }
    boolean office = f.hasRole(AdministratorRole.PROGRAMME_OFFICE) && f.principalInstitution()
        .equals(f.record.tutor(about.id()).map(t -> t.homeInstitution()));
    return permitIf(f.principal.equals(about.id()) || office);
  }

  /**
   * Whether a decided measure on admission closes it on the day asked: in force that day, for
   * every study level, and with no room left in its quota. A measure limited to some levels, or
   * with room in its quota, leaves the request to the rule that judges each student taken on: the
   * request does not say whom.
   */
  private static boolean closesAdmission(RequestFacts f, TutorId tutor, MeasureDecided decided, Set<String> codes) {
    Optional<Measure> measure = f.record.decidedMeasure(decided);
    if (measure.isEmpty() || !codes.contains(measure.get().code()) || !measure.get().levels().isEmpty()
        || !measure.get().inForce(decided.date(), f.asOf)) {
      return false;
    }
    long supervised = f.record.assignmentsOfTutor(tutor).stream()
        .filter(a -> !a.startDate().isAfter(f.asOf) && a.endDate().map(end -> !end.isBefore(f.asOf)).orElse(true))
        .count();
    return measure.get().quota().map(q -> supervised >= q).orElse(true);
  }

  private static Optional<Verdict.Effect> terminated(RequestFacts f) {
    if (f.terminated().isEmpty()) {
      return Optional.empty();
    }
    boolean archive = f.hasRole(AdministratorRole.ARCHIVE)
        && f.agreementValue().map(a -> f.principalInstitution().map(a.parties()::contains).orElse(false)).orElse(false);
    if (archive && f.request.action().name().startsWith("VIEW_")) {
      return Optional.of(Verdict.Effect.PERMIT);
    }
    return Optional.of(Verdict.Effect.FORBID);
  }
}
