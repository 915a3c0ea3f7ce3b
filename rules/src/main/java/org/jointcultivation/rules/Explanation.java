package org.jointcultivation.rules;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jointcultivation.core.event.EventId;

/**
 * Why an item of an assessment is what it is, as data and as one readable sentence: the rule and
 * pack, the source clause, the parameters and who set them, the events counted, the computed
 * figure against the required one and, where norms conflicted, how that was resolved.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExplanation.class)
@JsonDeserialize(as = ImmutableExplanation.class)
@JsonIgnoreProperties(value = "sentence", allowGetters = true) // derived: written, not read
public abstract class Explanation {
  Explanation() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The rule's id (the norm's id within its pack, or a plugin rule's id). */
  public abstract String ruleId();

  /** The pack's coordinates, {@code id@version}, or {@code plugin:<provider>} for plugin rules. */
  public abstract String pack();

  /** The regulation and clause, e.g. {@code Solent University, Code of Practice (2024) §5.3}. */
  public abstract String citation();

  /** The parameters the rule used, each with the pack and layer that set it. */
  public abstract List<ParameterSetting> parameters();

  /** The events that counted towards the result. */
  public abstract List<EventId> countedEvents();

  /** The computed figure, kept as figures and worded when first read (JSON {@code computed}). */
  @JsonProperty("computed")
  abstract Optional<Phrase> computedPhrase();

  /** The required figure, kept as figures and worded when first read (JSON {@code required}). */
  @JsonProperty("required")
  abstract Optional<Phrase> requiredPhrase();

  /** The computed figure, e.g. {@code 7 meetings}. */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public final Optional<String> computed() {
    return computedPhrase().map(Phrase::text);
  }

  /** The required figure, e.g. {@code ≥ 9 meetings}. */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public final Optional<String> required() {
    return requiredPhrase().map(Phrase::text);
  }

  /** How a conflict between packs was resolved for this rule, if there was one. */
  public abstract Optional<ConflictResolution> resolution();

  /**
   * The sentence a rule worded itself, if it did ({@link Builder#sentence}); otherwise {@link
   * #sentence()} is composed from the figures.
   */
  public abstract Optional<String> ownSentence();

  /**
   * The explanation in one sentence: the rule's own, or {@code <computed>; <pack> (<citation>)
   * requires <required>}, followed by the conflict resolution in brackets if there was one, e.g.
   * {@code 7 meetings in 2025-09-01..2026-08-31; SOLENT-RD@2024.1 (… §5.3) requires ≥ 9}. Composed
   * on first use: most explanations of a large assessment are never read.
   */
  @Value.Lazy
  @JsonProperty("sentence")
  public String sentence() {
    if (ownSentence().isPresent()) {
      return ownSentence().get();
    }
    StringBuilder sentence = new StringBuilder(computed().orElse(""))
        .append("; ").append(pack()).append(" (").append(citation()).append(") requires ")
        .append(required().orElse(""));
    resolution().ifPresent(r -> sentence.append(" [").append(r.sentence()).append(']'));
    return sentence.toString();
  }

  @Value.Check
  void check() {
    if (ownSentence().isEmpty() && (computedPhrase().isEmpty() || requiredPhrase().isEmpty())) {
      throw new IllegalStateException("Explanation of rule [" + ruleId()
          + "] needs a sentence, or the computed and required figures to compose one");
    }
  }

  @Override
  public String toString() {
    return sentence();
  }

  /** Builds an {@link Explanation}. */
  public static final class Builder extends ImmutableExplanation.Builder {
    Builder() {}

    /** Sets the computed figure, e.g. {@code 7 meetings}. */
    public Builder computed(String computed) {
      return computedPhrase(Phrase.of(computed));
    }

    /** Sets the computed figure, if present. */
    public Builder computed(Optional<String> computed) {
      return computedPhrase(computed.map(Phrase::of));
    }

    /**
     * Sets the computed figure, worded by {@code words} when first read: a rule keeps its figures
     * and the words cost nothing until someone reads them. {@code words} must be a pure function
     * of values it captures.
     *
     * @since 0.2.0
     */
    public Builder computed(java.util.function.Supplier<String> words) {
      return computedPhrase(Phrase.later(words));
    }

    /** Sets the required figure, e.g. {@code ≥ 9 meetings}. */
    public Builder required(String required) {
      return requiredPhrase(Phrase.of(required));
    }

    /** Sets the required figure, if present. */
    public Builder required(Optional<String> required) {
      return requiredPhrase(required.map(Phrase::of));
    }

    /**
     * Sets the required figure, worded by {@code words} when first read.
     *
     * @since 0.2.0
     */
    public Builder required(java.util.function.Supplier<String> words) {
      return requiredPhrase(Phrase.later(words));
    }

    /** Words the explanation's sentence, for rules that say it their own way. */
    public Builder sentence(String sentence) {
      return ownSentence(sentence);
    }
  }
}
