package org.jointcultivation.rules.access;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
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

  /** Decides one request. */
  public AccessDecision decide(AccessRequest request) {
    Objects.requireNonNull(request, "request");
    List<Verdict> permits = new ArrayList<>();
    List<Verdict> forbids = new ArrayList<>();
    for (AccessPolicy policy : policies) {
      Optional<Verdict> verdict;
      try {
        verdict = policy.evaluate(request);
      } catch (RuntimeException e) {
        verdict = Optional.of(Verdict.forbid(policy.id(), "the policy failed to evaluate: " + e));
      }
      verdict.ifPresent(v -> (v.effect() == Verdict.Effect.FORBID ? forbids : permits).add(v));
    }
    if (!forbids.isEmpty()) {
      return new AccessDecision(false, forbids, request);
    }
    return new AccessDecision(!permits.isEmpty(), permits, request);
  }

  /** The action that viewing {@code event} needs: meetings, feedback, health and measures each have their own. */
  public static Action viewActionFor(CultivationEvent event) {
    Objects.requireNonNull(event, "event");
    if (event instanceof SupervisionMeetingHeld) {
      return Action.VIEW_MEETING_RECORD;
    } else if (event instanceof FeedbackSubmitted || event instanceof FeedbackFollowedUp) {
      return Action.VIEW_FEEDBACK;
    } else if (event instanceof HealthAdjustmentRequested || event instanceof HealthAdjustmentMade) {
      return Action.VIEW_HEALTH_ADJUSTMENTS;
    } else if (event instanceof IncidentReported || event instanceof MeasureProposed
        || event instanceof MeasureDecided || event instanceof MeasureAppealed) {
      return Action.VIEW_MEASURES;
    } else if (event instanceof FundsAgreed || event instanceof FundsDisbursed
        || event instanceof AgreementAmended || event instanceof AgreementTerminated) {
      return Action.VIEW_AGREEMENT;
    } else if (event instanceof TrainingCompleted || event instanceof ExchangeActivityRecorded) {
      return Action.VIEW_TUTOR_RECORD;
    }
    return Action.VIEW_STUDENT_RECORD;
  }

  /** The part of {@code record} that {@code principal} may see on {@code asOf}. */
  public RecordView filter(CultivationRecord record, LocalDate asOf, PersonId principal) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(principal, "principal");
    List<Student> students = record.students().stream()
        .filter(s -> decide(record, asOf, principal, Action.VIEW_STUDENT_RECORD, Resource.student(s.id())).allowed())
        .toList();
    List<Placement> placements = record.students().stream()
        .filter(s -> decide(record, asOf, principal, Action.VIEW_PLACEMENT, Resource.student(s.id())).allowed())
        .flatMap(s -> record.placementsOf(s.id()).stream())
        .toList();
    List<CultivationEvent> events = record.events().stream()
        .filter(e -> decide(record, asOf, principal, viewActionFor(e), Resource.event(e.id())).allowed())
        .toList();
    return new RecordView(principal, asOf, students, placements, events);
  }

  /** The part of {@code assessment} that {@code principal} may see, judged on {@code record}. */
  public AssessmentView filter(Assessment assessment, CultivationRecord record, PersonId principal) {
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(principal, "principal");
    LocalDate asOf = assessment.asOf();
    Map<String, Boolean> cache = new java.util.HashMap<>();
    List<ObligationInstance> obligations = assessment.obligations().stream()
        .filter(o -> cache.computeIfAbsent(o.id(), id -> mayView(o, record, asOf, principal)))
        .toList();
    List<Violation> violations = assessment.violations().stream()
        .filter(v -> cache.computeIfAbsent(v.obligation().id(), id -> mayView(v.obligation(), record, asOf, principal)))
        .toList();
    List<Proposal> proposals = assessment.proposals().stream()
        .filter(p -> resourceOf(p.subject())
            .map(r -> decide(record, asOf, principal, Action.VIEW_MEASURES, r).allowed()).orElse(false))
        .toList();
    return new AssessmentView(principal, asOf, obligations, violations, proposals);
  }

  private boolean mayView(ObligationInstance obligation, CultivationRecord record, LocalDate asOf, PersonId principal) {
    Resource subject = obligation.student().map(Resource::student)
        .or(() -> obligation.tutor().map(Resource::tutor))
        .or(() -> obligation.agreement().map(Resource::agreement))
        .orElseThrow();
    Action action = subject instanceof Resource.OfStudent ? Action.VIEW_STUDENT_RECORD
        : subject instanceof Resource.OfTutor ? Action.VIEW_TUTOR_RECORD : Action.VIEW_AGREEMENT;
    if (!decide(record, asOf, principal, action, subject).allowed()) {
      return false;
    }
    // An obligation about a health request or feedback shows what it counted: the same rights apply.
    return obligation.explanation().countedEvents().stream().allMatch(id -> record.event(id)
        .map(e -> decide(record, asOf, principal, viewActionFor(e), Resource.event(id)).allowed()).orElse(true));
  }

  private static Optional<Resource> resourceOf(PersonId person) {
    if (person instanceof StudentId student) {
      return Optional.of(Resource.student(student));
    } else if (person instanceof TutorId tutor) {
      return Optional.of(Resource.tutor(tutor));
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "AccessControl" + policies.stream().map(AccessPolicy::id).sorted(Comparator.naturalOrder()).toList();
  }
}
