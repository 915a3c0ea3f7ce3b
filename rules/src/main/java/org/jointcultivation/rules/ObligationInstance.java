package org.jointcultivation.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jointcultivation.core.DateRange;
import org.jointcultivation.core.agreement.AgreementId;
import org.jointcultivation.core.norm.BearerMode;
import org.jointcultivation.core.norm.NormKind;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;

/**
 * One instance of a norm for one subject: a single duty ("follow up feedback F-7 by 2025-11-01"),
 * one period of a recurring duty ("≥ 9 meetings in academic year 2025/26"), or one act checked
 * against a prohibition. It carries its state and every dated transition that led there.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableObligationInstance.class)
@JsonDeserialize(as = ImmutableObligationInstance.class)
@JsonIgnoreProperties(value = {"state", "late"}, allowGetters = true) // derived: written, not read
public abstract class ObligationInstance {
  ObligationInstance() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A stable id, unique within an assessment: rule, subject and instance key. */
  public abstract String id();

  /** The rule it is an instance of. */
  public abstract String ruleId();

  /** Obligation or prohibition. */
  public abstract NormKind kind();

  /** What is owed, in words. */
  public abstract String title();

  /**
   * What it is about: a student (most duties), a tutor (their own duties: training, load) or an
   * agreement (funds).
   */
  public abstract Subject subject();

  /** The student it is about, if its subject is a student. */
  @JsonIgnore
  public final Optional<StudentId> student() {
    return subject() instanceof Subject.Student s ? Optional.of(s.id()) : Optional.empty();
  }

  /** The tutor it is about, if its subject is a tutor. */
  @JsonIgnore
  public final Optional<TutorId> tutor() {
    return subject() instanceof Subject.Tutor t ? Optional.of(t.id()) : Optional.empty();
  }

  /** The agreement it is about, if its subject is an agreement. */
  @JsonIgnore
  public final Optional<AgreementId> agreement() {
    return subject() instanceof Subject.Agreement a ? Optional.of(a.id()) : Optional.empty();
  }

  /** Who bears it. */
  public abstract Set<PersonId> bearers();

  /** How several bearers meet it. */
  @Value.Default
  public BearerMode bearerMode() {
    return BearerMode.EACH;
  }

  /** The period a recurring duty counts over, if it is one. */
  public abstract Optional<DateRange> period();

  /** When it is due, after any shift for suspension. */
  public abstract Optional<LocalDate> dueDate();

  /** The dated transitions from creation on; at least one. */
  public abstract List<StateTransition> transitions();

  /** Why it is in its state. */
  public abstract Explanation explanation();

  /** The current state: that of the last transition. */
  @JsonProperty("state")
  public final ObligationState state() {
    return transitions().get(transitions().size() - 1).state();
  }

  /** Whether it was fulfilled after becoming overdue. */
  @JsonProperty("late")
  public final boolean late() {
    return state() == ObligationState.FULFILLED
        && transitions().stream().anyMatch(t -> t.state() == ObligationState.OVERDUE);
  }

  /**
   * The first transition into a breach ({@code OVERDUE} or {@code VIOLATED}), if any. Worked out
   * once, when the instance is built: the assessment, the measures and the views all ask.
   */
  @Value.Derived
  @Value.Auxiliary
  @com.fasterxml.jackson.annotation.JsonIgnore
  public Optional<StateTransition> breach() {
    for (StateTransition transition : transitions()) {
      if (transition.state().isBreach()) {
        return Optional.of(transition);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    if (transitions().isEmpty()) {
      throw new IllegalStateException("ObligationInstance [" + id() + "] needs at least one transition");
    }
  }

  /** Builds an {@link ObligationInstance}. */
  public static final class Builder extends ImmutableObligationInstance.Builder {
    Builder() {}
  }
}
