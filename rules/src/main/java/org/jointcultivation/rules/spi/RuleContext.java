package org.jointcultivation.rules.spi;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jointcultivation.core.agreement.AgreementId;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.Explanation;
import org.jointcultivation.rules.Subject;

/**
 * What a rule sees when it is evaluated: the record (read-only, as every record is), the day of
 * evaluation, its own configuration, its subject (a student, a tutor or an agreement) and the
 * {@linkplain SubjectFacts facts} about that subject which the subject's rules share.
 *
 * @since 0.1.0
 */
public final class RuleContext {
  private final CultivationRecord record;
  private final LocalDate asOf;
  private final ConfiguredRule configuration;
  private final Subject subject;
  private final SubjectFacts facts;

  private RuleContext(ConfiguredRule configuration, SubjectFacts facts) {
    this.configuration = Objects.requireNonNull(configuration, "configuration");
    this.facts = Objects.requireNonNull(facts, "facts");
    this.record = facts.record();
    this.asOf = facts.asOf();
    this.subject = facts.subject();
  }

  /**
   * A context for evaluating {@code configuration} for the subject of {@code facts}: the engine
   * builds one {@link SubjectFacts} per subject and shares it between that subject's rules.
   */
  public static RuleContext of(ConfiguredRule configuration, SubjectFacts facts) {
    return new RuleContext(configuration, facts);
  }

  /** A context for evaluating {@code configuration} for {@code subject}, with facts of its own. */
  public static RuleContext of(
      CultivationRecord record, LocalDate asOf, ConfiguredRule configuration, Subject subject) {
    return new RuleContext(configuration, SubjectFacts.of(record, asOf, subject));
  }

  /** A context for evaluating {@code configuration} for one student. */
  public static RuleContext forStudent(
      CultivationRecord record, LocalDate asOf, ConfiguredRule configuration, StudentId student) {
    return of(record, asOf, configuration, Subject.of(student));
  }

  /** A context for evaluating {@code configuration} for one tutor. */
  public static RuleContext forTutor(
      CultivationRecord record, LocalDate asOf, ConfiguredRule configuration, TutorId tutor) {
    return of(record, asOf, configuration, Subject.of(tutor));
  }

  /** A context for evaluating {@code configuration} for one agreement. */
  public static RuleContext forAgreement(
      CultivationRecord record, LocalDate asOf, ConfiguredRule configuration, AgreementId agreement) {
    return of(record, asOf, configuration, Subject.of(agreement));
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

  /**
   * What the rule is evaluated for: a student, a tutor or an agreement, as its {@link RuleScope}
   * says. Every obligation the rule returns has this subject.
   */
  public Subject subject() {
    return subject;
  }

  /**
   * The facts about the subject that every rule of this evaluation shares (agreement,
   * institutions, governing regulations, team, events by kind, merged leave): read them here
   * rather than working them out from the record again.
   */
  public SubjectFacts facts() {
    return facts;
  }

  /** The student evaluated, for student-scoped rules. */
  public Optional<StudentId> student() {
    return subject instanceof Subject.Student s ? Optional.of(s.id()) : Optional.empty();
  }

  /** The tutor evaluated, for tutor-scoped rules. */
  public Optional<TutorId> tutor() {
    return subject instanceof Subject.Tutor t ? Optional.of(t.id()) : Optional.empty();
  }

  /** The agreement evaluated, for agreement-scoped rules. */
  public Optional<AgreementId> agreement() {
    return subject instanceof Subject.Agreement a ? Optional.of(a.id()) : Optional.empty();
  }

  /**
   * An obligation id in this rule's own space, {@code <rule id>/<subject>/<key>}: ids are unique
   * across an assessment because every rule keeps to its own space, and the engine refuses an
   * obligation whose id is outside it.
   */
  public String obligationId(String key) {
    return configuration.ruleId() + "/" + subject.value() + "/" + Objects.requireNonNull(key, "key");
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
