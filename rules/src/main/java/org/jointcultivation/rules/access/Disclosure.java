package org.jointcultivation.rules.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.Explanation;
import org.jointcultivation.rules.ObligationInstance;
import org.jointcultivation.rules.Proposal;
import org.jointcultivation.rules.StateTransition;
import org.jointcultivation.rules.Subject;

/**
 * What one principal may learn from derived outputs on one day: an item derived from the record
 * is shown whole only if its reader may see every fact it draws on. Decisions are cached per
 * event and subject for one filtering; never shared, as the record and day are fixed here.
 */
final class Disclosure {
  /** The reason a redacted proposal gives in place of its own. */
  static final String WITHHELD = "withheld: this proposal draws on records you may not see";

  private final AccessControl access;
  private final CultivationRecord record;
  private final LocalDate asOf;
  private final PersonId principal;
  private final Map<EventId, Boolean> events = new HashMap<>();
  /** One answer per resource and action: whether one may see a student's record says nothing about their measures. */
  private record Asked(Resource subject, Action action) {}

  private final Map<Asked, Boolean> subjects = new HashMap<>();

  Disclosure(AccessControl access, CultivationRecord record, LocalDate asOf, PersonId principal) {
    this.access = access;
    this.record = record;
    this.asOf = asOf;
    this.principal = principal;
  }

  /** The event itself may be viewed, and so may every event it refers to. */
  boolean mayView(CultivationEvent event) {
    return mayView(event.id());
  }

  /** Fails closed: an id the record does not hold is not visible. */
  boolean mayView(EventId id) {
    Boolean known = events.get(id);
    if (known != null) {
      return known;
    }
    events.put(id, false); // guards against events that refer to each other
    boolean visible = record.event(id).map(event ->
        access.decide(record, asOf, principal, AccessControl.viewActionFor(event, record), Resource.event(id)).allowed()
            && event.references().events().stream().allMatch(this::mayView))
        .orElse(false);
    events.put(id, visible);
    return visible;
  }

  private boolean mayView(Resource subject, Action action) {
    return subjects.computeIfAbsent(new Asked(subject, action),
        asked -> exists(subject) && access.decide(record, asOf, principal, action, subject).allowed());
  }

  private boolean exists(Resource subject) {
    if (subject instanceof Resource.OfStudent s) {
      return record.student(s.id()).isPresent();
    } else if (subject instanceof Resource.OfTutor t) {
      return record.tutor(t.id()).isPresent();
    } else if (subject instanceof Resource.OfAgreement a) {
      return record.agreement(a.id()).isPresent();
    }
    return false;
  }

  /**
   * The obligation's subject may be viewed, every event it counts may be viewed, and none of its
   * words names an event of its subject that may not be (a plugin rule may quote what it read).
   */
  boolean mayView(ObligationInstance obligation) {
    Optional<Resource> subject = obligation.student().map(Resource::student)
        .or(() -> obligation.tutor().map(Resource::tutor))
        .or(() -> obligation.agreement().map(Resource::agreement));
    if (subject.isEmpty()) {
      return false;
    }
    Action action = subject.get() instanceof Resource.OfStudent ? Action.VIEW_STUDENT_RECORD
        : subject.get() instanceof Resource.OfTutor ? Action.VIEW_TUTOR_RECORD : Action.VIEW_AGREEMENT;
    if (!mayView(subject.get(), action) || !obligation.explanation().countedEvents().stream().allMatch(this::mayView)) {
      return false;
    }
    List<String> words = new ArrayList<>();
    words.add(obligation.id());
    words.add(obligation.title());
    obligation.transitions().stream().map(StateTransition::reason).forEach(words::add);
    addWords(obligation.explanation(), words);
    return namesNoHiddenEvent(eventsOf(subject.get()), words);
  }

  /**
   * The proposal as its reader may see it: empty unless they may view measures about its subject;
   * whole if they may see everything it draws on; otherwise redacted.
   */
  Optional<Proposal> view(Proposal proposal, Predicate<String> obligationVisible) {
    Optional<Resource> subject = subjectOf(proposal.subject());
    if (subject.isEmpty() || !mayView(subject.get(), Action.VIEW_MEASURES)) {
      return Optional.empty();
    }
    List<EventId> evidence = proposal.evidence().stream().filter(this::mayView).toList();
    List<String> violations = proposal.violations().stream().filter(obligationVisible).toList();
    List<EventId> counted = proposal.explanation().countedEvents().stream().filter(this::mayView).toList();
    List<String> words = new ArrayList<>(proposal.reasons());
    words.add(proposal.label());
    addWords(proposal.explanation(), words);
    boolean whole = evidence.size() == proposal.evidence().size()
        && violations.size() == proposal.violations().size()
        && counted.size() == proposal.explanation().countedEvents().size()
        && namesNoHiddenEvent(eventsOf(subject.get()), words);
    if (whole) {
      return Optional.of(proposal);
    }
    Explanation explanation = proposal.explanation();
    Explanation.Builder redacted = Explanation.builder().ruleId(explanation.ruleId()).pack(explanation.pack())
        .citation(explanation.citation()).addAllParameters(explanation.parameters()).addAllCountedEvents(counted)
        .sentence(WITHHELD);
    explanation.resolution().ifPresent(redacted::resolution);
    return Optional.of(Proposal.builder().from(proposal).reasons(List.of(WITHHELD)).evidence(evidence)
        .violations(violations).explanation(redacted.build()).build());
  }

  private static void addWords(Explanation explanation, List<String> words) {
    explanation.computed().ifPresent(words::add);
    explanation.required().ifPresent(words::add);
    explanation.ownSentence().ifPresent(words::add);
  }

  /**
   * The resource a proposal is about; none for a proposal about an institution or unit, which no
   * rights pack grants yet, so such a proposal is withheld from every reader (fails closed).
   */
  private static Optional<Resource> subjectOf(Subject subject) {
    if (subject instanceof Subject.Student student) {
      return Optional.of(Resource.student(student.id()));
    } else if (subject instanceof Subject.Tutor tutor) {
      return Optional.of(Resource.tutor(tutor.id()));
    }
    return Optional.empty();
  }

  private List<CultivationEvent> eventsOf(Resource subject) {
    if (subject instanceof Resource.OfStudent s) {
      return record.eventsOf(s.id());
    } else if (subject instanceof Resource.OfTutor t) {
      return record.eventsOf(t.id());
    } else if (subject instanceof Resource.OfAgreement a) {
      return record.eventsOf(a.id());
    }
    return List.of();
  }

  private boolean namesNoHiddenEvent(List<CultivationEvent> candidates, List<String> words) {
    for (CultivationEvent event : candidates) {
      if (!mayView(event.id())) {
        String id = event.id().value();
        for (String text : words) {
          if (names(text, id)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** Whether {@code text} holds {@code id} as a whole word, so {@code E-1} is not found in {@code E-12}. */
  static boolean names(String text, String id) {
    for (int at = text.indexOf(id); at >= 0; at = text.indexOf(id, at + 1)) {
      boolean startsWord = at == 0 || !partOfId(text.charAt(at - 1));
      int end = at + id.length();
      boolean endsWord = end == text.length() || !partOfId(text.charAt(end));
      if (startsWord && endsWord) {
        return true;
      }
    }
    return false;
  }

  private static boolean partOfId(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '_';
  }
}
