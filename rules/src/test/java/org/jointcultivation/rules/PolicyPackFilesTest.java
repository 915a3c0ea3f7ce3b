package org.jointcultivation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jointcultivation.core.json.PolicyPackFiles;
import org.jointcultivation.core.json.RegulationFileException;
import org.jointcultivation.core.norm.AuthorityLevel;
import org.jointcultivation.core.norm.Norm;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.rules.testing.RegulationPacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regulations as files: JSON and YAML that survive round trips, and errors that say where and why. */
class PolicyPackFilesTest {
  private static final PolicyPack ALL = RegulationPacks.all();

  private static PolicyPack yaml(String text) {
    return PolicyPackFiles.read(new StringReader(text), "solent.yaml", PolicyPackFiles.Format.YAML);
  }

  @Test
  void everyRegulation_survivesJsonAndYaml() {
    assertEquals(ALL, PolicyPackFiles.fromJson(PolicyPackFiles.toJson(ALL)));
    assertEquals(ALL, yaml(PolicyPackFiles.toYaml(ALL)));
    assertFalse(PolicyPackFiles.toYaml(ALL).contains("null"), "absent values are left out");
  }

  @Test
  void generatedPacks_surviveRoundTrips() {
    // Code points up to U+D7FF: every control character and line break, no unpaired surrogate;
    // ids are wrapped in visible characters because they may not start or end with white space,
    // and hold no invisible characters, which ids refuse (titles keep them).
    qt().withExamples(1_000)
        .forAll(strings().betweenCodePoints(0, 0xD7FF).ofLengthBetween(0, 30)
                .map(text -> "<" + text.replaceAll("[\\p{Cf}\\p{Cc}&&[^\\n\\r\\t]]", "") + ">"),
            integers().between(1, 500), arbitrary().enumValues(AuthorityLevel.class),
            strings().betweenCodePoints(0, 0xD7FF).ofLengthBetween(0, 40).map(text -> "T" + text))
        .checkAssert((id, minimum, layer, title) -> {
          Norm norm = Norm.builder().from(RegulationPacks.solentFullTime()).id(id).title(title)
              .parameters(Map.of("minimum", String.valueOf(minimum), "yearStart", "08-15")).build();
          PolicyPack.Builder pack = PolicyPack.builder().id(id).version("v" + minimum).title(title)
              .layer(layer).addNorm(norm).addSanctionPolicy(RegulationPacks.studentLadder());
          if (layer == AuthorityLevel.INSTITUTION) {
            pack.institution(org.jointcultivation.core.party.InstitutionId.of("INST-" + minimum));
          } else if (layer == AuthorityLevel.AGREEMENT) {
            pack.agreement(org.jointcultivation.core.agreement.AgreementId.of("AG-" + minimum));
          }
          PolicyPack built = pack.build();
          assertEquals(built, PolicyPackFiles.fromJson(PolicyPackFiles.toJson(built)));
          assertEquals(built, yaml(PolicyPackFiles.toYaml(built)));
        });
  }

  @Test
  void lineBreaksOfEveryKind_surviveYaml() {
    for (String title : new String[] {"a\u0085b", "a\u2028b", "a\rb", "a\nb", "tab\there", "no-break\u00a0"}) {
      PolicyPack pack = PolicyPack.builder().id("P").version("1").title(title).layer(AuthorityLevel.NATIONAL).build();
      assertEquals(pack, yaml(PolicyPackFiles.toYaml(pack)), title);
    }
  }

  @Test
  void files_areReadByExtension(@TempDir Path directory) {
    Path json = directory.resolve("all.json");
    Path yaml = directory.resolve("all.yml");
    PolicyPackFiles.write(ALL, json);
    PolicyPackFiles.write(ALL, yaml);
    assertEquals(ALL, PolicyPackFiles.read(json));
    assertEquals(ALL, PolicyPackFiles.read(yaml));
    assertThrows(IllegalArgumentException.class, () -> PolicyPackFiles.read(directory.resolve("all.txt")));
  }

  @Test
  void badValue_isRejectedWithThePathAndTheModelsRule() {
    String text = PolicyPackFiles.toYaml(ALL).replaceFirst("every: 1", "every: 0");
    RegulationFileException error = assertThrows(RegulationFileException.class, () -> yaml(text));
    assertEquals("solent.yaml", error.source());
    assertTrue(error.path().startsWith("$.pack.norms[0].recurrence"), error.getMessage());
    assertTrue(error.reason().contains("Recurrence [ACADEMIC_YEAR] field 'every' = 0: must be positive"), error.getMessage());
  }

  @Test
  void yamlAlias_isRejectedNamingWhereItStands() {
    String text = """
        formatVersion: 1
        pack:
          id: SOLENT-RD
          version: 2024.1
          title: &t Solent research degrees
          layer: NATIONAL
          norms:
          - id: meetings-full-time
            kind: OBLIGATION
            template: minimum-count-per-period
            title: *t
            source: {authority: Solent University, level: INSTITUTION, document: Code, version: '2024', clause: §5.3}
            bearers: [STUDENT]
            parameters: {minimum: 9}
            recurrence: {unit: ACADEMIC_YEAR}
        """;

    RegulationFileException error = assertThrows(RegulationFileException.class, () -> yaml(text));

    assertTrue(error.reason().contains("alias *t"), error.getMessage());
    assertTrue(error.path().contains("title"), error.getMessage());
  }

  @Test
  void oversizedFile_isRejectedBeforeItIsScanned() {
    String text = "formatVersion: 1\npack:\n  title: \"" + "x".repeat(PolicyPackFiles.MAX_FILE_CHARS) + "\"\n";

    RegulationFileException error = assertThrows(RegulationFileException.class, () -> yaml(text));

    assertTrue(error.reason().contains("longer than " + PolicyPackFiles.MAX_FILE_CHARS), error.getMessage());
  }

  @Test
  void unknownField_isAnError() {
    String text = PolicyPackFiles.toYaml(ALL).replaceFirst("  title: \"Every regulation\"", "  title: \"Every regulation\"\n  titel: \"typo\"");
    RegulationFileException error = assertThrows(RegulationFileException.class, () -> yaml(text));
    assertTrue(error.path().startsWith("$.pack.titel (line "), error.getMessage());
    assertTrue(error.reason().contains("Unrecognized field \"titel\""), error.getMessage());
  }

  @Test
  void wrongOrMissingFormatVersion_andSyntaxErrors_areReported() {
    String json = PolicyPackFiles.toJson(ALL);
    RegulationFileException version = assertThrows(RegulationFileException.class,
        () -> PolicyPackFiles.fromJson(json.replace("\"formatVersion\" : 1", "\"formatVersion\" : 2")));
    assertTrue(version.path().startsWith("$.formatVersion"), version.getMessage());
    RegulationFileException missing = assertThrows(RegulationFileException.class,
        () -> PolicyPackFiles.fromJson("{\"formatVersion\": 1}"));
    assertTrue(missing.reason().contains("pack"), missing.getMessage());
    RegulationFileException syntax = assertThrows(RegulationFileException.class,
        () -> PolicyPackFiles.fromJson("{\"formatVersion\": 1, \"pack\": {\"id\": }"));
    assertTrue(syntax.path().contains("line 1, column "), syntax.getMessage());
  }

  @Test
  void aFileWrittenByHand_configuresTheEngine(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("solent.yaml");
    Files.writeString(file, """
        formatVersion: 1
        pack:
          id: SOLENT-RD
          version: 2024.1
          title: Solent research degrees
          layer: NATIONAL
          norms:
          - id: meetings-full-time
            kind: OBLIGATION
            template: minimum-count-per-period
            title: At least 9 recorded meetings a year
            source: {authority: Solent University, level: INSTITUTION, document: Research Degrees Code of Practice,
                     version: '2024', clause: §5.3}
            bearers: [STUDENT]
            parameters: {minimum: 9}
            recurrence: {unit: ACADEMIC_YEAR}
        """);
    RuleEngine engine = RuleEngine.builder().addPack(PolicyPackFiles.read(file)).build();
    org.jointcultivation.rules.testing.Scenario.given(Programme.sample().meeting(Programme.day(20)).record())
        .under(engine).at(java.time.LocalDate.of(2026, 9, 1))
        .expectViolation("meetings-full-time", org.jointcultivation.core.testing.SampleProgramme.STUDENT,
            "1 SupervisionMeetingHeld with [S-1] in academic year 2025-09-01..2026-08-31; SOLENT-RD@2024.1");
  }
}
