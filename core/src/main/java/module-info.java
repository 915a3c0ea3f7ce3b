/**
 * The immutable domain model of joint cultivation: parties, agreements, dual tutor assignments,
 * events, norms and the validated record, with its JSON form.
 *
 * <p>Every model package is open to Jackson's databind, which reads and writes the model's JSON.
 *
 * @since 0.1.0
 */
@SuppressWarnings("module") // the qualified export names a module compiled after this one
module org.jointcultivation.core {
  requires transitive com.google.common;
  requires transitive com.fasterxml.jackson.databind;
  requires transitive org.jspecify;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires static com.fasterxml.jackson.dataformat.yaml;
  // Compile-time only: Immutables' annotations and what its generated code is annotated with.
  requires static org.immutables.value.annotations;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports org.jointcultivation.core;
  exports org.jointcultivation.core.agreement;
  exports org.jointcultivation.core.event;
  exports org.jointcultivation.core.json;
  exports org.jointcultivation.core.norm;
  exports org.jointcultivation.core.party;
  exports org.jointcultivation.core.record;
  exports org.jointcultivation.core.vocabulary;
  // Validation helpers and the value style, shared with the rule engine only.
  exports org.jointcultivation.core.internal to org.jointcultivation.rules;

  opens org.jointcultivation.core to com.fasterxml.jackson.databind;
  opens org.jointcultivation.core.agreement to com.fasterxml.jackson.databind;
  opens org.jointcultivation.core.event to com.fasterxml.jackson.databind;
  opens org.jointcultivation.core.json to com.fasterxml.jackson.databind;
  opens org.jointcultivation.core.norm to com.fasterxml.jackson.databind;
  opens org.jointcultivation.core.party to com.fasterxml.jackson.databind;
  opens org.jointcultivation.core.record to com.fasterxml.jackson.databind;
  opens org.jointcultivation.core.vocabulary to com.fasterxml.jackson.databind;
}
