package org.jointcultivation.rules.testing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.Assessment;
import org.jointcultivation.rules.ObligationInstance;
import org.jointcultivation.rules.ObligationState;
import org.jointcultivation.rules.Proposal;
import org.jointcultivation.rules.ResolutionStep;
import org.jointcultivation.rules.RuleEngine;
import org.jointcultivation.rules.Violation;
import org.jspecify.annotations.Nullable;

/**
 * A fluent kit to test policy packs: given a record, under an engine, at a day, expect states,
 * violations, proposals and explanations. Failures throw {@link AssertionError} with the
 * assessment's relevant part, so it works under any test framework.
 *
 * <pre>{@code
 * Scenario.given(record).under(engine).at(LocalDate.of(2026, 9, 1))
 *     .expectStates("meetings-full-time", studentId, FULFILLED, VIOLATED)
 *     .expectViolation("meetings-full-time", studentId, "requires ≥ 9")
 *     .expectProposal(studentId, "CRITICISM");
 * }</pre>
 */
public final class Scenario {
  private final CultivationRecord record;
  private @Nullable RuleEngine engine;
  private @Nullable Assessment assessment;

  private Scenario(CultivationRecord record) {
    this.record = record;
  }

  /** Starts a scenario on {@code record}. */
  public static Scenario given(CultivationRecord record) {
    return new Scenario(Objects.requireNonNull(record, "record"));
  }

  /** The engine to evaluate with. */
  public Scenario under(RuleEngine ruleEngine) {
    this.engine = ruleEngine;
    return this;
  }

  /** Evaluates as of {@code day}; expectations then read this assessment. */
  public Scenario at(LocalDate day) {
    if (engine == null) {
      throw new IllegalStateException("call under(engine) before at(day)");
    }
    this.assessment = engine.evaluate(record, day);
    return this;
  }

  /** The assessment under test. */
  public Assessment assessment() {
    if (assessment == null) {
      throw new IllegalStateException("call at(day) first");
    }
    return assessment;
  }

  /** The instances of {@code ruleId} for {@code subject} (student, tutor or agreement), by start. */
  public List<ObligationInstance> instances(String ruleId, Object subject) {
    return assessment().obligations().stream()
        .filter(o -> o.ruleId().equals(ruleId) && concerns(o, subject))
        .sorted(Comparator.comparing((ObligationInstance o) -> o.transitions().get(0).date())
            .thenComparing(ObligationInstance::id))
        .toList();
  }

  /** Expects the instances of {@code ruleId} for {@code subject} to be in exactly these states, in order. */
  public Scenario expectStates(String ruleId, Object subject, ObligationState... states) {
    List<ObligationState> actual = instances(ruleId, subject).stream().map(ObligationInstance::state).toList();
    if (!actual.equals(Arrays.asList(states))) {
      throw new AssertionError("states of " + ruleId + " for " + subject + ": expected " + Arrays.asList(states)
          + " but were " + actual + "\n" + describe(instances(ruleId, subject)));
    }
    return this;
  }

  /** Expects at least one violation of {@code ruleId} for {@code subject} whose sentence contains {@code fragment}. */
  public Scenario expectViolation(String ruleId, Object subject, String fragment) {
    List<Violation> found = violations(ruleId, subject);
    if (found.stream().noneMatch(v -> v.explanation().sentence().contains(fragment))) {
      throw new AssertionError("no violation of " + ruleId + " for " + subject + " explained with \"" + fragment
          + "\"; violations: " + found + "\n" + describe(instances(ruleId, subject)));
    }
    return this;
  }

  /** Expects no violation of {@code ruleId} for {@code subject}. */
  public Scenario expectNoViolation(String ruleId, Object subject) {
    List<Violation> found = violations(ruleId, subject);
    if (!found.isEmpty()) {
      throw new AssertionError("expected no violation of " + ruleId + " for " + subject + " but found " + found);
    }
    return this;
  }

  /** Expects a proposal of {@code code} for {@code subject}, and returns it for closer checks. */
  public Proposal expectProposal(PersonId subject, String code) {
    return assessment().proposalsFor(subject).stream().filter(p -> p.code().equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError("no proposal " + code + " for " + subject + "; proposals: "
            + assessment().proposalsFor(subject).stream().map(p -> p.code() + ": " + p.explanation()).toList()));
  }

  /** Expects no proposal at all for {@code subject}. */
  public Scenario expectNoProposal(PersonId subject) {
    if (!assessment().proposalsFor(subject).isEmpty()) {
      throw new AssertionError("expected no proposal for " + subject + " but found "
          + assessment().proposalsFor(subject).stream().map(p -> p.code() + ": " + p.explanation()).toList());
    }
    return this;
  }

  /** Expects a conflict on {@code normId} for some student, resolved by {@code step}. */
  public Scenario expectConflict(String normId, ResolutionStep step) {
    if (assessment().conflicts().stream().noneMatch(c -> c.resolution().normId().equals(normId)
        && c.resolution().step() == step)) {
      throw new AssertionError("no conflict on " + normId + " resolved by " + step + "; conflicts: "
          + assessment().conflicts());
    }
    return this;
  }

  /** Expects a rule error for {@code ruleId}. */
  public Scenario expectError(String ruleId) {
    if (assessment().errors().stream().noneMatch(e -> e.ruleId().equals(ruleId))) {
      throw new AssertionError("no error for " + ruleId + "; errors: " + assessment().errors());
    }
    return this;
  }

  private List<Violation> violations(String ruleId, Object subject) {
    return assessment().violations().stream()
        .filter(v -> v.ruleId().equals(ruleId) && concerns(v.obligation(), subject)).toList();
  }

  private static boolean concerns(ObligationInstance instance, Object subject) {
    return instance.student().map(subject::equals).orElse(false)
        || instance.tutor().map(subject::equals).orElse(false)
        || instance.agreement().map(subject::equals).orElse(false);
  }

  private static String describe(List<ObligationInstance> instances) {
    StringBuilder text = new StringBuilder();
    for (ObligationInstance instance : instances) {
      text.append("  ").append(instance.id()).append(' ').append(instance.transitions()).append("\n    ")
          .append(instance.explanation().sentence()).append('\n');
    }
    return text.toString();
  }
}
