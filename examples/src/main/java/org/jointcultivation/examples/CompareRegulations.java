package org.jointcultivation.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jointcultivation.core.json.PolicyPackFiles;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.core.party.Student;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.Assessment;
import org.jointcultivation.rules.RuleEngine;
import org.jointcultivation.rules.Violation;

/**
 * The same cohort under two universities' meeting rules, each read from a regulation file: Solent's
 * annual minimum (9 a year) and
 * Portsmouth's cadence (fortnightly for 3 months, then every 6 weeks, and the full team each term).
 * Monthly meetings satisfy one and not the other.
 */
public final class CompareRegulations {
  private CompareRegulations() {}

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /** Reads a regulation file shipped with the examples. */
  static PolicyPack load(String name) {
    InputStream file = CompareRegulations.class.getResourceAsStream("/regulations/" + name);
    if (file == null) {
      throw new IllegalStateException("no regulation file " + name + " on the class path");
    }
    try (Reader reader = new InputStreamReader(file, StandardCharsets.UTF_8)) {
      return PolicyPackFiles.read(reader, "regulations/" + name, PolicyPackFiles.Format.YAML);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void run(PrintStream out) {
    CultivationRecord record = MedicalProgramme.record();
    // Each university's rules are a file its staff can review: src/main/resources/regulations/.
    Assessment solent = RuleEngine.builder().addPack(load("solent.yaml")).build()
        .evaluate(record, MedicalProgramme.AS_OF);
    Assessment portsmouth = RuleEngine.builder().addPack(load("portsmouth.yaml")).build()
        .evaluate(record, MedicalProgramme.AS_OF);
    out.println("== The same cohort under Solent's and Portsmouth's meeting rules ==");
    out.printf("%-6s %-12s %8s %11s%n", "id", "name", "Solent", "Portsmouth");
    int differ = 0;
    for (Student student : record.students()) {
      int underSolent = solent.violationsOf(student.id()).size();
      int underPortsmouth = portsmouth.violationsOf(student.id()).size();
      differ += underSolent != underPortsmouth ? 1 : 0;
      out.printf("%-6s %-12s %8d %11d%n", student.id(), student.name(), underSolent, underPortsmouth);
    }
    out.println("Violations in total: Solent " + solent.violations().size() + ", Portsmouth "
        + portsmouth.violations().size() + "; outcomes differ for " + differ + " of " + record.students().size()
        + " students.");
    out.println();
    out.println("Why, for " + MedicalProgramme.GUO_HONG + ":");
    for (Violation violation : solent.violationsOf(MedicalProgramme.GUO_HONG)) {
      out.println("  Solent:     " + violation.explanation().sentence());
    }
    portsmouth.violationsOf(MedicalProgramme.GUO_HONG).stream().limit(3)
        .forEach(v -> out.println("  Portsmouth: " + v.explanation().sentence()));
  }
}
