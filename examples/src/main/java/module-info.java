/**
 * Runnable programs that embed the library, and a third-party rule provider. The provider is
 * registered twice, as a library's plugin should be: here with {@code provides} for the module
 * path, and in {@code META-INF/services} for the class path.
 */
module org.jointcultivation.examples {
  requires org.jointcultivation.rules;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires static org.immutables.value.annotations;

  provides org.jointcultivation.rules.spi.RuleProvider
      with org.jointcultivation.examples.plugin.EnterpriseSupervisionProvider;
}
