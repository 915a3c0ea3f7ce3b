/**
 * The rule engine that evaluates a joint cultivation record: its API, the SPI through which rule
 * providers plug in, the standard rule templates, and rights (who may see and do what).
 *
 * <p>Rule providers are found with {@link java.util.ServiceLoader}: on the module path through
 * {@code provides org.jointcultivation.rules.spi.RuleProvider with ...} in the provider's module,
 * on the class path through {@code META-INF/services}.
 *
 * @since 0.1.0
 */
module org.jointcultivation.rules {
  requires transitive org.jointcultivation.core;
  requires org.slf4j;
  requires static org.immutables.value.annotations;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports org.jointcultivation.rules;
  exports org.jointcultivation.rules.spi;
  exports org.jointcultivation.rules.access;

  opens org.jointcultivation.rules to com.fasterxml.jackson.databind;
  opens org.jointcultivation.rules.access to com.fasterxml.jackson.databind;

  uses org.jointcultivation.rules.spi.RuleProvider;
}
