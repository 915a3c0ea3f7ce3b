package org.jointcultivation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.FeedbackChannel;
import org.jointcultivation.core.event.FeedbackFollowedUp;
import org.jointcultivation.core.event.FeedbackSubmitted;
import org.jointcultivation.core.event.FeedbackTopic;
import org.jointcultivation.core.json.CultivationJson;
import org.jointcultivation.core.json.PolicyPackFiles;
import org.jointcultivation.core.norm.AuthorityLevel;
import org.jointcultivation.core.norm.Norm;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.testing.Cohort;
import org.jointcultivation.core.testing.CohortGenerator;
import org.jointcultivation.core.testing.SampleProgramme;
import org.jointcultivation.rules.Assessment;
import org.jointcultivation.rules.ObligationInstance;
import org.jointcultivation.rules.RuleEngine;
import org.jointcultivation.rules.testing.RegulationPacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each command as a programme office's CI would run it: output, positions and exit codes. */
class RegulationsCliTest {
  @TempDir
  Path dir;

  /** What a run printed and how it ended. */
  record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = RegulationsCli.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private Path write(String name, PolicyPack pack) {
    Path file = dir.resolve(name);
    PolicyPackFiles.write(pack, file);
    return file;
  }

  private Path write(String name, CultivationRecord record) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, CultivationJson.toJson(record), StandardCharsets.UTF_8);
    return file;
  }

  /** The line and column (from 1) where {@code text} first appears in {@code file}. */
  private static String positionOf(Path file, String text) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      int column = lines.get(i).indexOf(text);
      if (column >= 0) {
        return (i + 1) + ":" + (column + 1);
      }
    }
    throw new AssertionError(text + " is not in " + file);
  }

  @Test
  void validate_acceptsGoodFiles_andNamesTheLineAndColumnOfAMisspeltParameter() throws IOException {
    Path good = write("all.yaml", RegulationPacks.all());
    Run fine = run("validate", good.toString());
    assertEquals(0, fine.exit(), fine.toString());
    assertTrue(fine.out().startsWith("valid: 1 pack(s), 21 norm(s)"), fine.out());

    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, Files.readString(good).replace("within: \"P14D\"", "withn: \"P14D\""));
    Run failed = run("validate", broken.toString());
    assertEquals(1, failed.exit(), failed.toString());
    List<String> lines = failed.out().lines().toList();
    assertEquals(1, lines.size(), failed.out());
    assertTrue(lines.get(0).startsWith(broken + ":" + positionOf(broken, "withn") + ": error: "), lines.get(0));
    assertTrue(lines.get(0).contains("'withn'") && lines.get(0).contains("did you mean 'within'"), lines.get(0));

    Run missing = run("validate", good.toString().replace("all", "none"), good.toString());
    assertEquals(1, missing.exit(), missing.toString());
    assertTrue(missing.out().startsWith(dir.resolve("none.yaml") + ": error: cannot read")
        && missing.out().endsWith(": no such file\n"), missing.out());
  }

  @Test
  void validate_namesTheLineOfASyntaxError_andOfAWrongValue() throws IOException {
    Path syntax = dir.resolve("syntax.json");
    Files.writeString(syntax, "{\"formatVersion\": 1,\n \"pack\": {\"id\": \"X\",,}}");
    Run run = run("validate", syntax.toString());
    assertEquals(1, run.exit());
    assertTrue(run.out().startsWith(syntax + ":2:"), run.out());

    Path layer = dir.resolve("layer.yaml");
    Files.writeString(layer, PolicyPackFiles.toYaml(RegulationPacks.all()).replace("\"NATIONAL\"", "\"NATIONWIDE\""));
    Run wrong = run("validate", layer.toString());
    assertEquals(1, wrong.exit());
    assertTrue(wrong.out().startsWith(layer + ":" + positionOf(layer, "\"NATIONWIDE\"") + ": error: "), wrong.out());
    assertTrue(wrong.out().contains("NATIONWIDE") && wrong.out().contains("$.pack.layer"), wrong.out());
  }

  @Test
  void lint_flagsAPlantedUnreachableNorm_atItsCondition() throws IOException {
    Norm unreachable = Norm.builder().from(RegulationPacks.feedbackFollowUp())
        .condition("student.studyMode == 'PARTTIME'").build();
    Path file = write("planted.yaml", PolicyPack.builder().id("P").version("1").title("Planted")
        .layer(AuthorityLevel.NATIONAL).addNorms(RegulationPacks.firstMeeting(), unreachable).build());

    Run run = run("lint", file.toString());
    assertEquals(1, run.exit(), run.toString());
    assertTrue(run.out().startsWith(file + ":" + positionOf(file, "condition") + ": warning [unreachable-norm] "
        + "norm feedback-follow-up can never apply"), run.out());
    assertTrue(run.out().endsWith("1 warning(s)\n"), run.out());
    assertEquals(0, run("lint", "--exit-zero", file.toString()).exit());
    assertEquals(0, run("lint", write("all.yaml", RegulationPacks.all()).toString()).exit());
  }

  @Test
  void evaluate_reportsWhatTheLibraryFinds_andExplainNamesTheVersionThatApplied() throws IOException {
    Cohort cohort = CohortGenerator.generate(7, 20);
    CultivationRecord record = cohort.toRecord();
    Path recordFile = write("record.json", record);
    Path packFile = write("all.yaml", RegulationPacks.all());
    Assessment expected = RuleEngine.builder().addPack(RegulationPacks.all()).build().evaluate(record, cohort.asOf());

    Run report = run("evaluate", packFile.toString(), "--record", recordFile.toString(), "--as-of", cohort.asOf().toString());
    assertEquals(0, report.exit(), report.toString());
    assertTrue(report.out().contains(String.format("  %,d duties: ", expected.obligations().size())), report.out());
    assertTrue(report.out().contains(String.format("  %,d violations, %,d proposals", expected.violations().size(),
        expected.proposals().size())), report.out());
    assertTrue(report.err().contains("read 20 students") && report.err().contains("evaluating 20 students"),
        report.err());

    Run json = run("evaluate", packFile.toString(), "--record", recordFile.toString(), "--as-of",
        cohort.asOf().toString(), "--json");
    assertEquals(expected, CultivationJson.fromJson(json.out(), Assessment.class));

    ObligationInstance duty = expected.violations().get(0).obligation();
    Run explained = run("explain", duty.id(), "--packs", packFile.toString(), "--record", recordFile.toString(),
        "--as-of", cohort.asOf().toString());
    assertEquals(0, explained.exit(), explained.toString());
    assertTrue(explained.out().startsWith(duty.id() + ": " + duty.title() + "\n"), explained.out());
    assertTrue(explained.out().contains("  under     ALL@1, "), explained.out());
    assertTrue(explained.out().contains("  why       " + duty.explanation().sentence()), explained.out());

    Run missing = run("explain", duty.id() + "x", "--packs", packFile.toString(), "--record", recordFile.toString(),
        "--as-of", cohort.asOf().toString());
    assertEquals(1, missing.exit());
    assertTrue(missing.err().contains("no duty " + duty.id() + "x") && missing.err().contains(duty.id()), missing.err());
  }

  @Test
  void explain_namesTheVersionInForceWhenTheDutyArose() throws IOException {
    Norm fourteen = RegulationPacks.feedbackFollowUp();
    Norm seven = Norm.builder().from(fourteen)
        .parameters(Map.of("trigger", "FeedbackSubmitted", "response", "FeedbackFollowedUp", "within", "P7D")).build();
    LocalDate change = LocalDate.of(2026, 1, 1);
    Path old = write("2023.yaml", PolicyPack.builder().id("FB").version("2023").title("Feedback").layer(AuthorityLevel.NATIONAL)
        .addNorms(fourteen).effectiveFrom(LocalDate.of(2023, 9, 1)).effectiveTo(change.minusDays(1)).build());
    Path current = write("2026.yaml", PolicyPack.builder().id("FB").version("2026").title("Feedback").layer(AuthorityLevel.NATIONAL)
        .addNorms(seven).effectiveFrom(change).build());
    CultivationRecord.Builder builder = SampleProgramme.builder();
    for (LocalDate day : List.of(LocalDate.of(2025, 11, 3), LocalDate.of(2026, 2, 2))) {
      String id = "F-" + day;
      builder.addEvent(FeedbackSubmitted.builder().id(EventId.of(id)).date(day).student(SampleProgramme.STUDENT)
          .channel(FeedbackChannel.SEMINAR).topic(FeedbackTopic.SUPERVISION).text("more lab time").build());
      builder.addEvent(FeedbackFollowedUp.builder().id(EventId.of("U-" + day)).date(day.plusDays(10))
          .student(SampleProgramme.STUDENT).feedback(EventId.of(id)).by(SampleProgramme.PRACTICAL).action("done").build());
    }
    Path recordFile = write("record.json", builder.build());

    for (String[] expected : List.of(new String[] {"F-2025-11-03", "FB@2023", "FULFILLED"},
        new String[] {"F-2026-02-02", "FB@2026", "FULFILLED (late)"})) {
      Run run = run("explain", "feedback-follow-up/S-1/" + expected[0], "--packs", old.toString(), current.toString(),
          "--record", recordFile.toString(), "--as-of", "2026-06-01");
      assertEquals(0, run.exit(), run.toString());
      assertTrue(run.out().contains("  under     " + expected[1] + ", "), run.out());
      assertTrue(run.out().contains("  state     " + expected[2] + "\n"), run.out());
    }
  }

  @Test
  void diff_ofAPackAgainstItself_isEmpty_andOfAStricterOne_listsWhatItAdds() throws IOException {
    Cohort cohort = CohortGenerator.generate(11, 15);
    Path recordFile = write("record.json", cohort.toRecord());
    Path current = write("current.yaml", RegulationPacks.all());
    String asOf = cohort.asOf().toString();

    Run same = run("diff", "--current", current.toString(), "--proposed", current.toString(), "--record",
        recordFile.toString(), "--as-of", asOf, "--exit-code");
    assertEquals(0, same.exit(), same.toString());
    assertEquals("What-if as of " + asOf + ": no change.\n", same.out());

    PolicyPack all = RegulationPacks.all();
    PolicyPack stricter = PolicyPack.builder().from(all).version("2").norms(all.norms().stream()
        .map(n -> !n.id().equals("feedback-follow-up") ? n : Norm.builder().from(n)
            .parameters(Map.of("trigger", "FeedbackSubmitted", "response", "FeedbackFollowedUp", "within", "P1D")).build())
        .toList()).build();
    Run changed = run("diff", "--current", current.toString(), "--proposed", write("proposed.yaml", stricter).toString(),
        "--record", recordFile.toString(), "--as-of", asOf, "--exit-code");
    assertEquals(1, changed.exit(), changed.toString());
    assertTrue(changed.out().contains("  + violation ") && changed.out().contains(" feedback-follow-up/"), changed.out());
  }

  @Test
  void templates_listsTheCatalogue_andNoCommandIsAUsageError() {
    Run templates = run("templates");
    assertEquals(0, templates.exit());
    assertTrue(templates.out().contains("\n  deadline-after-event\n    trigger: EVENT_KIND"), templates.out());
    assertTrue(templates.out().contains("Measure criteria"), templates.out());
    assertEquals(2, run().exit());
    assertEquals(2, run("evaluate", "x.yaml").exit(), "--record and --as-of are required");
  }
}
