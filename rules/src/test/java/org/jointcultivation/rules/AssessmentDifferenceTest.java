package org.jointcultivation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jointcultivation.core.event.FeedbackSubmitted;
import org.jointcultivation.core.norm.Norm;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.testing.Cohort;
import org.jointcultivation.core.testing.CohortGenerator;
import org.jointcultivation.rules.testing.RegulationPacks;
import org.junit.jupiter.api.Test;

/** What-if: what one set of regulations finds that another does not. */
class AssessmentDifferenceTest {
  private static final RuleEngine CURRENT = RuleEngine.builder().addPack(RegulationPacks.all()).build();
  /** The same pack with a stricter follow-up (7 days, not 14) and without the first-meeting norm. */
  private static final RuleEngine PROPOSED = RuleEngine.builder().addPack(proposed()).build();

  private static PolicyPack proposed() {
    PolicyPack all = RegulationPacks.all();
    List<Norm> norms = all.norms().stream().filter(n -> !n.id().equals("first-meeting"))
        .map(n -> !n.id().equals("feedback-follow-up") ? n : Norm.builder().from(n)
            .parameters(Map.of("trigger", "FeedbackSubmitted", "response", "FeedbackFollowedUp", "within", "P7D")).build())
        .toList();
    return PolicyPack.builder().from(all).version("2").norms(norms).build();
  }

  @Test
  void aStricterDeadline_addsTheViolation_andSaysSo() {
    Programme programme = Programme.sample();
    FeedbackSubmitted feedback = programme.feedback(LocalDate.of(2025, 10, 1));
    programme.followUp(feedback, LocalDate.of(2025, 10, 11));
    LocalDate asOf = LocalDate.of(2025, 12, 1);

    AssessmentDifference difference = AssessmentDifference.whatIf(programme.record(), asOf, CURRENT, PROPOSED);

    SubjectDifference student = difference.subjects().stream()
        .filter(s -> s.subject().equals(Subject.of(org.jointcultivation.core.testing.SampleProgramme.STUDENT)))
        .findFirst().orElseThrow();
    List<String> added = student.violationsAdded().stream().map(v -> v.obligation().id()).toList();
    assertEquals(1, added.stream().filter(id -> id.startsWith("feedback-follow-up/")).count(), added::toString);
    assertTrue(student.dutiesRemoved().stream().anyMatch(d -> d.ruleId().equals("first-meeting")),
        "the proposed pack has no first-meeting norm");
    DutyChange change = student.dutiesChanged().stream().filter(c -> c.id().startsWith("feedback-follow-up/"))
        .findFirst().orElseThrow();
    assertEquals(LocalDate.of(2025, 10, 8), change.after().dueDate().orElseThrow());
    String report = difference.report();
    assertTrue(report.startsWith("What-if as of 2025-12-01: "), report);
    assertTrue(report.contains("+ violation 2025-10-09 " + added.get(0)), report);
    assertTrue(report.contains("- duty first-meeting/"), report);
    assertTrue(report.contains("~ duty " + change.id() + ": FULFILLED, due 2025-10-15 → 2025-10-08"), report);
  }

  @Test
  void assessmentsOfDifferentDays_areNotCompared() {
    CultivationRecord record = Programme.sample().record();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AssessmentDifference.between(
        CURRENT.evaluate(record, LocalDate.of(2026, 1, 1)), CURRENT.evaluate(record, LocalDate.of(2026, 1, 2))));
    String message = String.valueOf(e.getMessage());
    assertTrue(message.contains("2026-01-01") && message.contains("2026-01-02"), message);
  }

  @Test
  void theWhatIfOfAPackAgainstItself_isEmpty() {
    RuleEngine again = RuleEngine.builder().addPack(RegulationPacks.all()).build();
    qt().withExamples(10).forAll(longs().between(1, 1_000_000)).checkAssert(seed -> {
      Cohort cohort = CohortGenerator.generate(seed, 12);
      AssessmentDifference difference = AssessmentDifference.whatIf(cohort.toRecord(), cohort.asOf(), CURRENT, again);
      assertTrue(difference.isEmpty(), difference::report);
      assertEquals("What-if as of " + cohort.asOf() + ": no change.\n", difference.report());
    });
  }

  /**
   * Over generated cohorts: the current findings, less what is removed, plus what is added, are
   * the proposed findings; every duty in both that differs is listed as changed and no other; and
   * the difference the other way round is the mirror image.
   */
  @Test
  void theDifference_accountsForEveryFinding() {
    qt().withExamples(10).forAll(longs().between(1, 1_000_000)).checkAssert(seed -> {
      Cohort cohort = CohortGenerator.generate(seed, 12);
      CultivationRecord record = cohort.toRecord();
      Assessment before = CURRENT.evaluate(record, cohort.asOf());
      Assessment after = PROPOSED.evaluate(record, cohort.asOf());
      AssessmentDifference difference = AssessmentDifference.between(before, after);

      Set<String> duties = ids(before.obligations());
      difference.subjects().forEach(s -> {
        duties.removeAll(ids(s.dutiesRemoved()));
        duties.addAll(ids(s.dutiesAdded()));
      });
      assertEquals(ids(after.obligations()), duties);

      Map<String, ObligationInstance> was = new HashMap<>();
      before.obligations().forEach(o -> was.put(o.id(), o));
      Set<String> differing = after.obligations().stream().filter(o -> was.containsKey(o.id()))
          .filter(o -> java.util.Objects.requireNonNull(was.get(o.id())).state() != o.state()
              || !java.util.Objects.requireNonNull(was.get(o.id())).dueDate().equals(o.dueDate()))
          .map(ObligationInstance::id).collect(Collectors.toSet());
      assertEquals(differing, difference.subjects().stream().flatMap(s -> s.dutiesChanged().stream())
          .map(DutyChange::id).collect(Collectors.toSet()));

      Set<String> broken = violated(before.violations());
      difference.subjects().forEach(s -> {
        broken.removeAll(violated(s.violationsRemoved()));
        broken.addAll(violated(s.violationsAdded()));
      });
      assertEquals(violated(after.violations()), broken);

      int proposals = before.proposals().size();
      for (SubjectDifference s : difference.subjects()) {
        proposals += s.proposalsAdded().size() - s.proposalsRemoved().size();
        assertTrue(!s.isEmpty(), "only subjects with a change are listed");
      }
      assertEquals(after.proposals().size(), proposals);

      AssessmentDifference back = AssessmentDifference.between(after, before);
      assertEquals(difference.subjects().stream().flatMap(s -> s.dutiesAdded().stream()).toList(),
          back.subjects().stream().flatMap(s -> s.dutiesRemoved().stream()).toList());
      assertEquals(difference.subjects().stream().flatMap(s -> s.proposalsAdded().stream()).toList(),
          back.subjects().stream().flatMap(s -> s.proposalsRemoved().stream()).toList());
    });
  }

  private static Set<String> ids(List<ObligationInstance> obligations) {
    return obligations.stream().map(ObligationInstance::id).collect(Collectors.toCollection(HashSet::new));
  }

  private static Set<String> violated(List<Violation> violations) {
    return violations.stream().map(v -> v.obligation().id()).collect(Collectors.toCollection(HashSet::new));
  }
}
