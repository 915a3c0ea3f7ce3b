package org.jointcultivation.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.jointcultivation.core.record.CultivationRecord;

/**
 * What-if: what one set of regulations finds that another does not, subject by subject: a dry run
 * of a regulation change before it is adopted. Duties are matched by id, violations by the duty
 * breached, proposals by subject, policy, measure and reasons.
 *
 * <pre>{@code
 * AssessmentDifference change = AssessmentDifference.whatIf(record, LocalDate.of(2026, 9, 1), current, proposed);
 * System.out.println(change.report());
 * change.subjects().forEach(s -> portal.flag(s.subject(), s.violationsAdded()));
 * }</pre>
 *
 * @since 0.3.0
 */
public final class AssessmentDifference {
  private final LocalDate asOf;
  private final List<SubjectDifference> subjects;

  private AssessmentDifference(LocalDate asOf, List<SubjectDifference> subjects) {
    this.asOf = asOf;
    this.subjects = List.copyOf(subjects);
  }

  /**
   * Evaluates {@code record} as of {@code asOf} under {@code current} and under {@code proposed},
   * and compares the two.
   */
  public static AssessmentDifference whatIf(CultivationRecord record, LocalDate asOf, RuleEngine current,
      RuleEngine proposed) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(asOf, "asOf");
    return between(Objects.requireNonNull(current, "current").evaluate(record, asOf),
        Objects.requireNonNull(proposed, "proposed").evaluate(record, asOf));
  }

  /**
   * What {@code after} finds that {@code before} does not, and the reverse.
   *
   * @throws IllegalArgumentException if they are assessments as of different days
   */
  public static AssessmentDifference between(Assessment before, Assessment after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    if (!before.asOf().equals(after.asOf())) {
      throw new IllegalArgumentException("assessments as of " + before.asOf() + " and " + after.asOf()
          + " cannot be compared: evaluate both as of one day");
    }
    Map<Subject, Builder> bySubject = new TreeMap<>(Subject.ORDER);
    Function<Subject, Builder> of = subject -> bySubject.computeIfAbsent(subject, Builder::new);

    Map<String, ObligationInstance> earlier = byKey(before.obligations(), ObligationInstance::id);
    Map<String, ObligationInstance> later = byKey(after.obligations(), ObligationInstance::id);
    later.forEach((id, duty) -> {
      ObligationInstance was = earlier.get(id);
      if (was == null) {
        of.apply(duty.subject()).dutiesAdded.add(duty);
      } else if (was.state() != duty.state() || !was.dueDate().equals(duty.dueDate())) {
        of.apply(duty.subject()).dutiesChanged.add(new DutyChange(was, duty));
      }
    });
    earlier.forEach((id, duty) -> {
      if (!later.containsKey(id)) {
        of.apply(duty.subject()).dutiesRemoved.add(duty);
      }
    });

    Map<String, Violation> brokenBefore = byKey(before.violations(), v -> v.obligation().id());
    Map<String, Violation> brokenAfter = byKey(after.violations(), v -> v.obligation().id());
    brokenAfter.forEach((id, v) -> {
      if (!brokenBefore.containsKey(id)) {
        of.apply(v.obligation().subject()).violationsAdded.add(v);
      }
    });
    brokenBefore.forEach((id, v) -> {
      if (!brokenAfter.containsKey(id)) {
        of.apply(v.obligation().subject()).violationsRemoved.add(v);
      }
    });

    // Matched one for one, so that a measure proposed twice and then once is one removed; grouped
    // by what makes two proposals the same, so that a nation's proposals match in linear time.
    List<Proposal> earlierProposals = before.proposals();
    Map<List<Object>, java.util.ArrayDeque<Integer>> unmatched = new java.util.HashMap<>();
    for (int i = 0; i < earlierProposals.size(); i++) {
      unmatched.computeIfAbsent(sameness(earlierProposals.get(i)), k -> new java.util.ArrayDeque<>()).add(i);
    }
    boolean[] matched = new boolean[earlierProposals.size()];
    for (Proposal proposal : after.proposals()) {
      java.util.ArrayDeque<Integer> same = unmatched.get(sameness(proposal));
      if (same == null || same.isEmpty()) {
        of.apply(proposal.subject()).proposalsAdded.add(proposal);
      } else {
        matched[same.removeFirst()] = true;
      }
    }
    for (int i = 0; i < earlierProposals.size(); i++) {
      if (!matched[i]) {
        of.apply(earlierProposals.get(i).subject()).proposalsRemoved.add(earlierProposals.get(i));
      }
    }

    List<SubjectDifference> subjects = new ArrayList<>();
    bySubject.values().forEach(b -> subjects.add(b.build()));
    return new AssessmentDifference(before.asOf(), subjects);
  }

  /** What makes two proposals the same proposal: whom, which policy, which measure, on what grounds. */
  private static List<Object> sameness(Proposal proposal) {
    return List.of(proposal.subject(), proposal.policyId(), proposal.code(), proposal.measure(),
        proposal.violations(), proposal.evidence());
  }

  private static <T> Map<String, T> byKey(List<T> values, Function<T, String> key) {
    Map<String, T> map = new LinkedHashMap<>();
    values.forEach(v -> map.put(key.apply(v), v));
    return map;
  }

  /** The day both assessments are as of. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The subjects for which something changes, in {@link Subject#ORDER}; none if nothing does. */
  public List<SubjectDifference> subjects() {
    return subjects;
  }

  /** Whether the two sets of regulations find exactly the same. */
  public boolean isEmpty() {
    return subjects.isEmpty();
  }

  /**
   * The difference in words, one subject after another: {@code +} what the proposed regulations
   * add, {@code -} what they remove, {@code ~} a duty in another state or due another day.
   */
  public String report() {
    StringBuilder text = new StringBuilder("What-if as of ").append(asOf).append(": ");
    if (subjects.isEmpty()) {
      return text.append("no change.\n").toString();
    }
    text.append(subjects.size()).append(subjects.size() == 1 ? " subject changes" : " subjects change").append('\n');
    for (SubjectDifference subject : subjects) {
      text.append(subject.subject()).append('\n');
      subject.dutiesAdded().forEach(d -> line(text, "+ duty ", d.id() + " (" + d.state() + "): " + d.title()));
      subject.dutiesRemoved().forEach(d -> line(text, "- duty ", d.id() + " (" + d.state() + "): " + d.title()));
      subject.dutiesChanged().forEach(c -> line(text, "~ duty ", c.toString()));
      subject.violationsAdded().forEach(v -> line(text, "+ violation ", v.date() + " " + v.obligation().id()
          + ": " + v.explanation().sentence()));
      subject.violationsRemoved().forEach(v -> line(text, "- violation ", v.date() + " " + v.obligation().id()));
      subject.proposalsAdded().forEach(p -> line(text, "+ proposal ", p.label() + " (" + p.policyId() + ")"));
      subject.proposalsRemoved().forEach(p -> line(text, "- proposal ", p.label() + " (" + p.policyId() + ")"));
    }
    return text.toString();
  }

  private static void line(StringBuilder text, String what, String detail) {
    text.append("  ").append(what).append(detail).append('\n');
  }

  @Override
  public String toString() {
    return report();
  }

  /** Collects one subject's changes. */
  private static final class Builder {
    final Subject subject;
    final List<ObligationInstance> dutiesAdded = new ArrayList<>();
    final List<ObligationInstance> dutiesRemoved = new ArrayList<>();
    final List<DutyChange> dutiesChanged = new ArrayList<>();
    final List<Violation> violationsAdded = new ArrayList<>();
    final List<Violation> violationsRemoved = new ArrayList<>();
    final List<Proposal> proposalsAdded = new ArrayList<>();
    final List<Proposal> proposalsRemoved = new ArrayList<>();

    Builder(Subject subject) {
      this.subject = subject;
    }

    SubjectDifference build() {
      return new SubjectDifference(subject, dutiesAdded, dutiesRemoved, dutiesChanged, violationsAdded,
          violationsRemoved, proposalsAdded, proposalsRemoved);
    }
  }
}
