package org.jointcultivation.rules.spi;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jointcultivation.core.agreement.AgreementId;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.Explanation;
import org.jspecify.annotations.Nullable;

/**
 * What a rule sees when it is evaluated: the record (read-only, as every record is), the day of
 * evaluation, its own configuration, and its subject, one of a student, a tutor or an agreement.
 *
 * @since 0.1.0
 */
public final class RuleContext {
  private final CultivationRecord record;
  private final LocalDate asOf;
  private final ConfiguredRule configuration;
  private final @Nullable StudentId student;
  private final @Nullable TutorId tutor;
  private final @Nullable AgreementId agreement;

  private RuleContext(
      CultivationRecord record,
      LocalDate asOf,
      ConfiguredRule configuration,
      @Nullable StudentId student,
      @Nullable TutorId tutor,
      @Nullable AgreementId agreement) {
    this.record = Objects.requireNonNull(record, "record");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.configuration = Objects.requireNonNull(configuration, "configuration");
    this.student = student;
    this.tutor = tutor;
    this.agreement = agreement;
  }

  /** A context for evaluating {@code configuration} for one student. */
  public static RuleContext forStudent(
      CultivationRecord record, LocalDate asOf, ConfiguredRule configuration, StudentId student) {
    return new RuleContext(record, asOf, configuration, Objects.requireNonNull(student, "student"), null, null);
  }

  /** A context for evaluating {@code configuration} for one tutor. */
  public static RuleContext forTutor(
      CultivationRecord record, LocalDate asOf, ConfiguredRule configuration, TutorId tutor) {
    return new RuleContext(record, asOf, configuration, null, Objects.requireNonNull(tutor, "tutor"), null);
  }

  /** A context for evaluating {@code configuration} for one agreement. */
  public static RuleContext forAgreement(
      CultivationRecord record, LocalDate asOf, ConfiguredRule configuration, AgreementId agreement) {
    return new RuleContext(record, asOf, configuration, null, null, Objects.requireNonNull(agreement, "agreement"));
  }

  /** The record evaluated. */
  public CultivationRecord record() {
    return record;
  }

  /** The day of evaluation: nothing after it has happened yet. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The rule's configuration. */
  public ConfiguredRule configuration() {
    return configuration;
  }

  /** The student evaluated, for student-scoped rules. */
  public Optional<StudentId> student() {
    return Optional.ofNullable(student);
  }

  /** The tutor evaluated, for tutor-scoped rules. */
  public Optional<TutorId> tutor() {
    return Optional.ofNullable(tutor);
  }

  /** The agreement evaluated, for agreement-scoped rules. */
  public Optional<AgreementId> agreement() {
    return Optional.ofNullable(agreement);
  }

  /**
   * An obligation id in this rule's own space, {@code <rule id>/<subject>/<key>}: ids are unique
   * across an assessment because every rule keeps to its own space, and the engine refuses an
   * obligation whose id is outside it.
   */
  public String obligationId(String key) {
    return configuration.ruleId() + "/" + subject() + "/" + Objects.requireNonNull(key, "key");
  }

  /** The subject as text, for ids and error reports. */
  public String subject() {
    return student != null ? student.value() : tutor != null ? tutor.value() : String.valueOf(agreement);
  }

  /**
   * An explanation builder with the rule id, pack, citation, parameters and any conflict
   * resolution filled in; the rule adds the counted events, figures and sentence.
   */
  public Explanation.Builder explanation() {
    Explanation.Builder builder = Explanation.builder()
        .ruleId(configuration.ruleId())
        .pack(configuration.pack())
        .citation(configuration.norm().source().citation())
        .addAllParameters(configuration.settings());
    configuration.resolution().ifPresent(builder::resolution);
    return builder;
  }
}
