package org.jointcultivation.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import com.fasterxml.jackson.annotation.JsonIgnore;
import org.immutables.value.Value;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.Measure;
import org.jointcultivation.core.event.MeasureKind;
import org.jointcultivation.core.party.StudyLevel;
import org.jointcultivation.core.norm.DueProcessStep;
import org.jointcultivation.core.party.InstitutionId;

/**
 * A reward or sanction the engine proposes, with its reasons; people decide, and their decision
 * comes back as a {@link org.jointcultivation.core.event.MeasureDecided} event.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProposal.class)
@JsonDeserialize(as = ImmutableProposal.class)
public abstract class Proposal {
  Proposal() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Who the measure is for: a student or a tutor, or an institution or a unit of one (a degree
   * programme's loss of its authority to grant degrees).
   */
  public abstract Subject subject();

  /** Reward or sanction. */
  public abstract MeasureKind kind();

  /** The code of the measure, a ladder step or reward code, e.g. {@code CRITICISM}. */
  public abstract String code();

  /**
   * How long the measure would last from its decision; without end if absent (from the ladder
   * step).
   *
   * @since 0.2.0
   */
  public abstract Optional<Period> duration();

  /**
   * The study levels the measure would be limited to; every level if empty.
   *
   * @since 0.2.0
   */
  public abstract Set<StudyLevel> levels();

  /**
   * For a measure on admission, the quota it would set; none may be taken on if absent.
   *
   * @since 0.2.0
   */
  public abstract Optional<Integer> quota();

  /**
   * The measure as proposed, with its terms: what a {@link
   * org.jointcultivation.core.event.MeasureProposed} event records.
   *
   * @since 0.2.0
   */
  @JsonIgnore
  public final Measure measure() {
    return Measure.builder().kind(kind()).code(code()).duration(duration()).levels(levels()).quota(quota()).build();
  }

  /** The measure in words. */
  public abstract String label();

  /** The policy that proposes it. */
  public abstract String policyId();

  /** Why: one sentence per reason. */
  public abstract List<String> reasons();

  /** The events (incidents, achievements, reviews) that support it. */
  public abstract List<EventId> evidence();

  /** The ids of the violations' obligation instances that support it. */
  public abstract List<String> violations();

  /** Whose regulations govern the decision, highest precedence first. */
  public abstract List<InstitutionId> governingRegulations();

  /** The steps of due process the decision needs, in order. */
  public abstract List<DueProcessStep> dueProcess();

  /** How long the subject has to appeal, if they may. */
  public abstract Optional<Period> appealWindow();

  /** Whether the measure would terminate the joint cultivation. */
  @Value.Default
  public boolean endsJointCultivation() {
    return false;
  }

  /** The policy, pack, source and figures behind the proposal. */
  public abstract Explanation explanation();

  /** Builds a {@link Proposal}. */
  public static final class Builder extends ImmutableProposal.Builder {
    Builder() {}
  }
}
