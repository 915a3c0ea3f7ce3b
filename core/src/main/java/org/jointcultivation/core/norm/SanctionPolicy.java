package org.jointcultivation.core.norm;

import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;

/**
 * A ladder of sanctions (e.g. criticism, education, punishment under the governing
 * university's regulations, termination) and when to propose the next step: after {@link
 * #violationsPerStep()} violations within {@link #window()}. It proposes; people decide.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSanctionPolicy.class)
@JsonDeserialize(as = ImmutableSanctionPolicy.class)
public abstract class SanctionPolicy {
  private static final String TYPE = "SanctionPolicy";

  /**
   * The standard criterion: each {@link #violationsPerStep()} offences (violations the subject
   * bears, and incidents reported about them) within {@link #window()} since the last decided step
   * propose the next step; a serious insubordination or disciplinary offence proposes the step
   * that ends the joint cultivation.
   *
   * @since 0.2.0
   */
  public static final String OFFENCE_LADDER = "offence-ladder";

  SanctionPolicy() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The policy's identifier, unique within its pack. */
  public abstract String id();

  /** What the policy is, in words. */
  public abstract String title();

  /** The regulation it comes from. */
  public abstract NormSource source();

  /** Whose conduct it governs. */
  public abstract MeasureSubject subject();

  /** The criterion the engine proposes steps by; {@value #OFFENCE_LADDER} unless set. */
  @Value.Default
  public String criterion() {
    return OFFENCE_LADDER;
  }

  /** The criterion's parameters by name, as text; none unless set. */
  public abstract Map<String, String> parameters();

  /** The steps, mildest first; at least one, codes unique. */
  public abstract List<LadderStep> ladder();

  /** How many violations move a subject one step up; 1 unless set. */
  @Value.Default
  public int violationsPerStep() {
    return 1;
  }

  /** How far back violations count. */
  public abstract Period window();

  /** How long a subject has to appeal a decision, if they may. */
  public abstract Optional<Period> appealWindow();

  @Value.Check
  void check() {
    Checks.name(TYPE, null, "id", id());
    Checks.text(TYPE, id(), "title", title());
    Checks.name(TYPE, id(), "criterion", criterion());
    Checks.check(!ladder().isEmpty(), TYPE, id(), "ladder", ladder(), "must have at least one step");
    Set<String> codes = new HashSet<>();
    for (LadderStep step : ladder()) {
      Checks.check(codes.add(step.code()), TYPE, id(), "ladder", step.code(), "step codes must be unique");
    }
    Checks.positive(TYPE, id(), "violationsPerStep", violationsPerStep());
    Checks.positive(TYPE, id(), "window", window());
    appealWindow().ifPresent(window -> Checks.positive(TYPE, id(), "appealWindow", window));
  }

  /** Builds a {@link SanctionPolicy}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableSanctionPolicy.Builder {
    Builder() {}
  }
}
