package org.jointcultivation.rules.spi;

/**
 * A parameterised rule that policy packs configure: a {@link org.jointcultivation.core.norm.Norm}
 * names the template and gives its parameters, and the template makes the rule.
 *
 * @since 0.1.0
 */
public interface RuleTemplate {
  /** The name packs use, e.g. {@code minimum-count-per-period}; unique in an engine. */
  String name();

  /**
   * Makes the rule for one configured norm, reading and checking every parameter it needs.
   *
   * @throws org.jointcultivation.rules.RuleConfigurationException if a parameter is missing,
   *     malformed or out of range; the engine is then not built
   */
  Rule create(ConfiguredRule configuration);

  /**
   * Which way a parameter is stricter, for the stricter-parameter fallback of conflict resolution.
   * Neither, unless a template says otherwise.
   */
  default Strictness strictness(String parameter) {
    return Strictness.NEITHER;
  }

  /**
   * The parameters this template reads, each with its type, default, bounds and meaning. A norm
   * may set only these: the engine refuses, when it is built, a parameter no declaration names
   * and a value of the wrong type or out of bounds, so that a misspelt parameter can never be
   * silently ignored. A template that declares none accepts none.
   *
   * @since 0.2.0
   */
  default java.util.List<ParameterDeclaration> parameters() {
    return java.util.List.of();
  }

  /** Which way a parameter's value is stricter. */
  enum Strictness {
    /** A larger value is stricter, e.g. a minimum count. */
    HIGHER,
    /** A smaller value is stricter, e.g. days to follow up, or a maximum load. */
    LOWER,
    /** The parameter has no order of strictness. */
    NEITHER
  }
}
