package org.jointcultivation.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.Assessment;
import org.jointcultivation.rules.ConflictPolicy;
import org.jointcultivation.rules.ResolutionStep;
import org.jointcultivation.rules.RuleEngine;

/**
 * The main example: seed 1's joint cultivation of medical postgraduates, assessed on 2026-09-01
 * under national, home college, host university and agreement regulations, printed as the report a
 * programme office reads.
 */
public final class MedicalProgrammeReport {
  /**
   * The agreement decides first (its own pack, and whose regulations govern between home and host);
   * otherwise the more specific rule wins over the national minimum; the stricter parameter last.
   */
  static final ConflictPolicy POLICY = new ConflictPolicy(
      List.of(ResolutionStep.AGREEMENT_CLAUSE, ResolutionStep.MORE_SPECIFIC, ResolutionStep.LATER_VERSION),
      ResolutionStep.STRICTER_PARAMETER);

  private MedicalProgrammeReport() {}

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /** The engine of this programme's regulations. */
  static RuleEngine engine(CultivationRecord record) {
    return RuleEngine.builder()
        .addPack(Regulations.national())
        .addPack(Regulations.college(MedicalProgramme.COLLEGE))
        .addPack(Regulations.keyUniversity(MedicalProgramme.UNIVERSITY))
        .addPack(Regulations.agreement(MedicalProgramme.WITH_UNIVERSITY, "§"))
        .addPack(Regulations.agreement(MedicalProgramme.WITH_INSTITUTE, "§"))
        .conflictPolicy(POLICY)
        .validateAgainst(record)
        .build();
  }

  /** Builds the programme, evaluates it and prints the report to {@code out}. */
  static void run(PrintStream out) {
    CultivationRecord record = MedicalProgramme.record();
    Assessment assessment = engine(record).evaluate(record, MedicalProgramme.AS_OF);
    out.println("Conflict policy: " + POLICY.steps() + ", then " + POLICY.fallback());
    new Report(out, record, assessment).print("Joint cultivation of medical postgraduates (seed 1)");
  }
}
