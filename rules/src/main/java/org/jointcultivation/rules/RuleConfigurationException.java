package org.jointcultivation.rules;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a {@link RuleEngine} is built from a configuration it cannot run: an unknown rule
 * template, a missing or out-of-range parameter, a duplicate rule id, a precedence order with a
 * cycle, a pack for an institution or agreement that does not exist. The message names the pack,
 * the rule and the parameter.
 *
 * @since 0.1.0
 */
public class RuleConfigurationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The pack at fault, as {@code id@version}, if one is. */
  private final @Nullable String pack;

  /** The rule (norm) at fault, if one is. */
  private final @Nullable String ruleId;

  /** The parameter or setting at fault. */
  private final String parameter;

  /**
   * Creates an exception.
   *
   * @param pack the pack's coordinates, or {@code null}
   * @param ruleId the rule's id, or {@code null}
   * @param parameter the parameter or setting at fault
   * @param problem what is wrong, e.g. {@code "must be a whole number, not 'nine'"}
   */
  public RuleConfigurationException(
      @Nullable String pack, @Nullable String ruleId, String parameter, String problem) {
    super(
        (pack == null ? "" : "pack " + pack + ", ")
            + (ruleId == null ? "" : "rule " + ruleId + ", ")
            + "parameter '"
            + java.util.Objects.requireNonNull(parameter, "parameter")
            + "': "
            + java.util.Objects.requireNonNull(problem, "problem"));
    this.pack = pack;
    this.ruleId = ruleId;
    this.parameter = parameter;
  }

  /** The pack at fault, as {@code id@version}, if one is. */
  public @Nullable String pack() {
    return pack;
  }

  /** The rule at fault, if one is. */
  public @Nullable String ruleId() {
    return ruleId;
  }

  /** The parameter or setting at fault. */
  public String parameter() {
    return parameter;
  }

  /** The message, never {@code null}. */
  @Override
  public String getMessage() {
    return java.util.Objects.requireNonNull(super.getMessage());
  }
}
