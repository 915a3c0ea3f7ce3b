package org.jointcultivation.rules.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.Explanation;
import org.jointcultivation.rules.Subject;
import org.jointcultivation.rules.Violation;

/**
 * What a {@link MeasureRule} sees for one subject: the subject's shared facts, the policy, and the
 * violations the rules found, those the subject bears and those about the subject.
 *
 * @since 0.2.0
 */
public final class MeasureContext {
  private final SubjectFacts facts;
  private final ConfiguredMeasure policy;
  private final List<Violation> borne;
  private final List<Violation> about;

  private MeasureContext(SubjectFacts facts, ConfiguredMeasure policy, List<Violation> borne, List<Violation> about) {
    this.facts = Objects.requireNonNull(facts, "facts");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.borne = List.copyOf(borne);
    this.about = List.copyOf(about);
  }

  /**
   * A context for proposing measures under {@code policy} for the subject of {@code facts}, given
   * the violations it bears and those about it, each by date, then obligation id.
   */
  public static MeasureContext of(SubjectFacts facts, ConfiguredMeasure policy, List<Violation> borne,
      List<Violation> about) {
    return new MeasureContext(facts, policy, borne, about);
  }

  /** The facts about the subject, shared with its rules. */
  public SubjectFacts facts() {
    return facts;
  }

  /** The subject measures are proposed for (or on behalf of). */
  public Subject subject() {
    return facts.subject();
  }

  /** The record. */
  public CultivationRecord record() {
    return facts.record();
  }

  /** The day of evaluation. */
  public LocalDate asOf() {
    return facts.asOf();
  }

  /** The policy being applied. */
  public ConfiguredMeasure policy() {
    return policy;
  }

  /** The violations the subject bears (as a bearer of the obligation), by date, then obligation id. */
  public List<Violation> violationsBorne() {
    return borne;
  }

  /** The violations whose obligation is about the subject, whoever bears them, by date, then obligation id. */
  public List<Violation> violationsAbout() {
    return about;
  }

  /**
   * An explanation builder with the policy id, pack, citation and parameters filled in; the
   * criterion adds the evidence, figures and sentence.
   */
  public Explanation.Builder explanation() {
    return Explanation.builder().ruleId(policy.policyId()).pack(policy.pack().coordinates())
        .citation(policy.source().citation()).addAllParameters(policy.settings());
  }
}
