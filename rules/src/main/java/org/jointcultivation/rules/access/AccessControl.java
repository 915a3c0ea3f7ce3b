package org.jointcultivation.rules.access;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jointcultivation.core.agreement.Placement;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.ExchangeActivityRecorded;
import org.jointcultivation.core.event.FeedbackFollowedUp;
import org.jointcultivation.core.event.FeedbackSubmitted;
import org.jointcultivation.core.event.FundsAgreed;
import org.jointcultivation.core.event.FundsDisbursed;
import org.jointcultivation.core.event.HealthAdjustmentMade;
import org.jointcultivation.core.event.HealthAdjustmentRequested;
import org.jointcultivation.core.event.IncidentReported;
import org.jointcultivation.core.event.MeasureAppealed;
import org.jointcultivation.core.event.MeasureDecided;
import org.jointcultivation.core.event.MeasureProposed;
import org.jointcultivation.core.event.SupervisionMeetingHeld;
import org.jointcultivation.core.event.AgreementAmended;
import org.jointcultivation.core.event.AgreementTerminated;
import org.jointcultivation.core.event.TrainingCompleted;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.Student;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.Assessment;
import org.jointcultivation.rules.ObligationInstance;
import org.jointcultivation.rules.Proposal;
import org.jointcultivation.rules.Violation;

/**
 * Decides who may see or do what. Default deny; an explicit forbid beats any permit; a policy that
 * fails to evaluate denies; every decision names the policies that determined it; the order of the
 * policies does not matter. Immutable and safe to share between threads.
 *
 * <pre>{@code
 * AccessControl access = AccessControl.standard();
 * AccessDecision decision = access.decide(record, today, tutorId, Action.VIEW_HEALTH_ADJUSTMENTS,
 *     Resource.student(studentId));
 * if (!decision.allowed()) { log(decision.explanation()); }
 * RecordView visible = access.filter(record, today, tutorId);
 * AssessmentView duties = access.filter(record, assessment, tutorId);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class AccessControl {
  private final ImmutableList<AccessPolicy> policies;

  private AccessControl(Collection<? extends AccessPolicy> policies) {
    Map<String, AccessPolicy> byId = new java.util.TreeMap<>();
    for (AccessPolicy policy : policies) {
      AccessPolicy previous = byId.putIfAbsent(policy.id(), policy);
      if (previous != null) {
        throw new IllegalArgumentException("access policy id '" + policy.id() + "' is used twice");
      }
    }
    this.policies = ImmutableList.copyOf(byId.values());
  }

  /**
   * An access control of {@code policies}.
   *
   * @throws IllegalArgumentException if two policies share an id
   */
  public static AccessControl of(Collection<? extends AccessPolicy> policies) {
    return new AccessControl(policies);
  }

  /** The standard rights with their default configuration. */
  public static AccessControl standard() {
    return standard(RightsPack.defaults());
  }

  /** The standard rights configured by {@code pack}. */
  public static AccessControl standard(RightsPack pack) {
    return of(StandardRights.policies(Objects.requireNonNull(pack, "pack")));
  }

  /** The standard rights configured by {@code pack}, with {@code extra} policies of your own. */
  public static AccessControl standard(RightsPack pack, Collection<? extends AccessPolicy> extra) {
    List<AccessPolicy> all = new ArrayList<>(StandardRights.policies(Objects.requireNonNull(pack, "pack")));
    all.addAll(Objects.requireNonNull(extra, "extra"));
    return of(all);
  }

  /** The policies, by id. */
  public List<AccessPolicy> policies() {
    return policies;
  }

  /** May {@code principal} take {@code action} on {@code resource}, in {@code record} on {@code asOf}? */
  public AccessDecision decide(CultivationRecord record, LocalDate asOf, PersonId principal, Action action,
      Resource resource) {
    return decide(new AccessRequest(record, asOf, principal, action, resource));
  }

  /**
   * Decides one request. A policy that throws anything, even an {@link Error} such as a {@link
   * StackOverflowError}, forbids: a failing policy never opens access.
   */
  public AccessDecision decide(AccessRequest request) {
    Objects.requireNonNull(request, "request");
    List<Verdict> permits = new ArrayList<>();
    List<Verdict> forbids = new ArrayList<>();
    for (AccessPolicy policy : policies) {
      Optional<Verdict> verdict;
      try {
        verdict = Objects.requireNonNull(policy.evaluate(request), "the policy returned null");
      } catch (Throwable e) { // NOPMD: fail closed on anything, as the class promises
        verdict = Optional.of(Verdict.forbid(policy.id(), "the policy failed to evaluate: " + e));
      }
      verdict.ifPresent(v -> (v.effect() == Verdict.Effect.FORBID ? forbids : permits).add(v));
    }
    if (!forbids.isEmpty()) {
      return new AccessDecision(false, forbids, request);
    }
    return new AccessDecision(!permits.isEmpty(), permits, request);
  }

  /**
   * The action that viewing {@code event} of {@code record} needs: meetings, feedback, health and
   * measures each have their own. Every kind of event is mapped explicitly ({@link
   * EventViewActions}), so a new kind cannot fall through into the ordinary student record; a
   * declared kind needs the {@code viewAction} its vocabulary gives it, or {@link
   * Action#VIEW_STUDENT_RECORD}.
   *
   * @throws IllegalArgumentException for a declared kind whose vocabulary names no viewing action
   * @since 0.2.0
   */
  public static Action viewActionFor(CultivationEvent event, CultivationRecord record) {
    return EventViewActions.of(Objects.requireNonNull(event, "event"), Objects.requireNonNull(record, "record"));
  }

  /**
   * The part of {@code record} that {@code principal} may see on {@code asOf}: the students, the
   * placements and the events, each by the decision {@link #decide} makes. An event that refers to
   * an event the principal may not see (a follow-up of hidden feedback) is withheld with it.
   */
  public RecordView filter(CultivationRecord record, LocalDate asOf, PersonId principal) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(principal, "principal");
    Disclosure disclosure = new Disclosure(this, record, asOf, principal);
    List<Student> students = record.students().stream()
        .filter(s -> decide(record, asOf, principal, Action.VIEW_STUDENT_RECORD, Resource.student(s.id())).allowed())
        .toList();
    List<Placement> placements = record.students().stream()
        .filter(s -> decide(record, asOf, principal, Action.VIEW_PLACEMENT, Resource.student(s.id())).allowed())
        .flatMap(s -> record.placementsOf(s.id()).stream())
        .toList();
    List<CultivationEvent> events = record.events().stream().filter(disclosure::mayView).toList();
    return new RecordView(principal, asOf, students, placements, events);
  }

  /**
   * The part of {@code assessment} that {@code principal} may see, judged on {@code record}, the
   * record it was evaluated on, as of the assessment's day.
   *
   * <p>Every derived output reveals only what its reader may see: an obligation or violation is
   * withheld unless the principal may view its subject and every event it counts or names; a
   * proposal is withheld unless the principal may view measures about its subject, and is shown
   * redacted ({@link Proposal#reasons()} replaced by one sentence saying they are withheld, evidence
   * and violations cut to what is visible, the figures withheld) when it draws on anything the
   * principal may not see. Fails closed: an item that names an event or subject the record does
   * not hold is withheld.
   */
  public AssessmentView filter(CultivationRecord record, Assessment assessment, PersonId principal) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(principal, "principal");
    Disclosure disclosure = new Disclosure(this, record, assessment.asOf(), principal);
    // Keyed by identity: obligation ids are unique in an engine's assessments, but visibility must
    // not depend on that promise.
    IdentityHashMap<ObligationInstance, Boolean> visible = new IdentityHashMap<>();
    List<ObligationInstance> obligations = assessment.obligations().stream()
        .filter(o -> visible.computeIfAbsent(o, disclosure::mayView))
        .toList();
    List<Violation> violations = assessment.violations().stream()
        .filter(v -> visible.computeIfAbsent(v.obligation(), disclosure::mayView))
        .toList();
    Map<String, ObligationInstance> byId = new HashMap<>();
    assessment.obligations().forEach(o -> byId.put(o.id(), o));
    List<Proposal> proposals = assessment.proposals().stream()
        .map(p -> disclosure.view(p, id -> {
          ObligationInstance o = byId.get(id);
          return o != null && visible.computeIfAbsent(o, disclosure::mayView);
        }))
        .flatMap(Optional::stream)
        .toList();
    return new AssessmentView(principal, assessment.asOf(), obligations, violations, proposals);
  }

  @Override
  public String toString() {
    return "AccessControl" + policies.stream().map(AccessPolicy::id).sorted(Comparator.naturalOrder()).toList();
  }
}
