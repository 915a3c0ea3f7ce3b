package org.jointcultivation.rules;

import static org.jointcultivation.core.testing.SampleProgramme.PRACTICAL;
import static org.jointcultivation.core.testing.SampleProgramme.START;
import static org.jointcultivation.core.testing.SampleProgramme.STUDENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.FeedbackFollowedUp;
import org.jointcultivation.core.event.FeedbackSubmitted;
import org.jointcultivation.core.norm.AuthorityLevel;
import org.jointcultivation.core.norm.Norm;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.core.norm.TransitionClause;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.ValidationException;
import org.jointcultivation.rules.testing.RegulationPacks;
import org.junit.jupiter.api.Test;

/** Versions of a pack in force one after another: which judged each duty, and what was known when. */
class RegulationVersionsTest {
  private static final LocalDate CHANGE = LocalDate.of(2026, 1, 1);

  /** Feedback is followed up within {@code within}. */
  private static Norm followUp(String within) {
    return Norm.builder().from(RegulationPacks.feedbackFollowUp()).title("Feedback is followed up within " + within)
        .parameters(Map.of("trigger", "FeedbackSubmitted", "response", "FeedbackFollowedUp", "within", within)).build();
  }

  private static PolicyPack version(String version, String within, LocalDate from, @org.jspecify.annotations.Nullable LocalDate to) {
    PolicyPack.Builder pack = PolicyPack.builder().id("FEEDBACK").version(version).title("Feedback rules")
        .layer(AuthorityLevel.NATIONAL).addNorms(followUp(within)).effectiveFrom(from);
    if (to != null) {
      pack.effectiveTo(to);
    }
    return pack.build();
  }

  private static final PolicyPack V2023 = version("2023", "P14D", LocalDate.of(2023, 9, 1), CHANGE.minusDays(1));
  private static final PolicyPack V2026 = version("2026", "P7D", CHANGE, null);

  /** Feedback on each day, each followed up ten days later. */
  private static CultivationRecord followedUpAfterTenDays(LocalDate... days) {
    Programme programme = Programme.sample();
    for (LocalDate day : days) {
      programme.followUp(programme.feedback(day), day.plusDays(10));
    }
    return programme.record();
  }

  private static ObligationInstance onlyAbout(Assessment assessment, LocalDate feedbackDay) {
    List<ObligationInstance> found = assessment.obligations().stream()
        .filter(o -> o.ruleId().equals("feedback-follow-up") && o.transitions().get(0).date().equals(feedbackDay))
        .toList();
    assertEquals(1, found.size(), () -> "one duty for the feedback of " + feedbackDay + ": " + found);
    return found.get(0);
  }

  @Test
  void aVersionChangeMidCandidacy_judgesEarlierActsByTheEarlierVersion() {
    LocalDate before = LocalDate.of(2025, 11, 3);
    LocalDate after = LocalDate.of(2026, 2, 2);
    Assessment assessment = RuleEngine.builder().addPack(V2026).addPack(V2023).build()
        .evaluate(followedUpAfterTenDays(before, after), LocalDate.of(2026, 6, 1));

    ObligationInstance earlier = onlyAbout(assessment, before);
    assertEquals(ObligationState.FULFILLED, earlier.state(), "ten days is within the 14 of the 2023 version");
    assertEquals("FEEDBACK@2023", earlier.explanation().pack(), "the explanation names the version that applied");
    ObligationInstance later = onlyAbout(assessment, after);
    assertTrue(later.late(), "ten days is beyond the 7 of the 2026 version: " + later.transitions());
    assertEquals("FEEDBACK@2026", later.explanation().pack());
    assertTrue(later.explanation().sentence().contains("FEEDBACK@2026"), later.explanation().sentence());
  }

  @Test
  void aTransitionClause_keepsThoseWhoBeganEarlierUnderTheEarlierVersion() {
    PolicyPack keeping = PolicyPack.builder().from(V2026).transition(TransitionClause.EARLIER_STARTERS_KEEP_EARLIER_VERSION).build();
    LocalDate after = LocalDate.of(2026, 2, 2);
    Assessment assessment = RuleEngine.builder().addPack(keeping).addPack(V2023).build()
        .evaluate(followedUpAfterTenDays(after), LocalDate.of(2026, 6, 1));

    ObligationInstance duty = onlyAbout(assessment, after);
    assertEquals(ObligationState.FULFILLED, duty.state(), "the student began on " + START + ", under the 2023 version");
    assertEquals("FEEDBACK@2023", duty.explanation().pack());
  }

  @Test
  void beforeTheFirstVersion_nothingIsJudged_andAfterTheLastEnds_neither() {
    PolicyPack only = version("2026", "P7D", CHANGE, LocalDate.of(2026, 3, 31));
    Assessment assessment = RuleEngine.builder().addPack(only).build().evaluate(
        followedUpAfterTenDays(LocalDate.of(2025, 11, 3), LocalDate.of(2026, 2, 2), LocalDate.of(2026, 5, 4)),
        LocalDate.of(2026, 6, 1));

    assertEquals(List.of(LocalDate.of(2026, 2, 2)), assessment.obligations().stream()
        .filter(o -> o.ruleId().equals("feedback-follow-up")).map(o -> o.transitions().get(0).date()).toList());
  }

  @Test
  void versionsMustBeDated_andNeverInForceTogether() {
    PolicyPack undated = PolicyPack.builder().from(V2026).effectiveFrom(java.util.Optional.empty()).build();
    RuleConfigurationException twoUndated = assertThrows(RuleConfigurationException.class,
        () -> RuleEngine.builder().addPack(V2023).addPack(undated).build());
    assertTrue(twoUndated.getMessage().contains("effectiveFrom"), twoUndated.getMessage());

    PolicyPack overlapping = version("2025", "P10D", LocalDate.of(2025, 12, 1), null);
    RuleConfigurationException overlap = assertThrows(RuleConfigurationException.class,
        () -> RuleEngine.builder().addPack(V2023).addPack(overlapping).build());
    assertTrue(overlap.getMessage().contains("FEEDBACK@2025") && overlap.getMessage().contains("FEEDBACK@2023")
        && overlap.getMessage().contains("must not be in force on the same day"), overlap.getMessage());

    RuleConfigurationException twice = assertThrows(RuleConfigurationException.class,
        () -> RuleEngine.builder().addPack(V2023).addPack(V2023).build());
    assertTrue(twice.getMessage().contains("given twice"), twice.getMessage());

    ValidationException backwards = assertThrows(ValidationException.class,
        () -> version("x", "P7D", CHANGE, CHANGE.minusDays(1)));
    assertTrue(backwards.getMessage().contains("effectiveTo"), backwards.getMessage());
  }

  @Test
  void asRecordedOn_leavesOutWhatWasRecordedLater() {
    Programme programme = Programme.sample();
    FeedbackSubmitted feedback = programme.feedback(LocalDate.of(2025, 10, 1));
    programme.add(FeedbackFollowedUp.builder().id(EventId.of("late-entry")).date(LocalDate.of(2025, 10, 5))
        .recordedOn(LocalDate.of(2025, 11, 20)).student(STUDENT).feedback(feedback.id()).by(PRACTICAL)
        .action("booked lab time").build());
    CultivationRecord record = programme.record();
    RuleEngine engine = RuleEngine.builder().addPack(V2023).build();

    LocalDate known = LocalDate.of(2025, 11, 1);
    assertEquals(ObligationState.OVERDUE, onlyAbout(engine.evaluate(record.asRecordedOn(known), known),
        feedback.date()).state(), "on 1 November the office had no follow-up on file");
    assertEquals(ObligationState.FULFILLED, onlyAbout(engine.evaluate(record, known), feedback.date()).state(),
        "what happened: followed up in four days");
    assertEquals(record, record.asRecordedOn(LocalDate.of(2025, 11, 20)));
  }

  /**
   * Whatever day the version changes and whenever feedback is given, each duty is exactly what an
   * engine holding only the version in force on the day of the feedback finds.
   */
  @Test
  void eachDuty_isWhatTheVersionInForceThatDayAloneFinds() {
    qt().withExamples(40).forAll(
            integers().between(30, 500),
            lists().of(integers().between(0, 600)).ofSizeBetween(1, 8),
            lists().of(integers().between(0, 20)).ofSize(8))
        .checkAssert((changeOffset, feedbackOffsets, delays) -> {
          LocalDate change = START.plusDays(changeOffset);
          PolicyPack first = version("1", "P14D", START.minusYears(1), change.minusDays(1));
          PolicyPack second = version("2", "P7D", change, null);
          Programme programme = Programme.sample();
          List<Integer> distinct = feedbackOffsets.stream().distinct().toList();
          for (int i = 0; i < distinct.size(); i++) {
            LocalDate day = START.plusDays(distinct.get(i));
            programme.followUp(programme.feedback(day), day.plusDays(delays.get(i)));
          }
          CultivationRecord record = programme.record();
          LocalDate asOf = START.plusDays(700);
          Map<String, ObligationInstance> underFirst = byId(undated(first), record, asOf);
          Map<String, ObligationInstance> underSecond = byId(undated(second), record, asOf);
          Map<String, ObligationInstance> versioned =
              byId(RuleEngine.builder().addPack(first).addPack(second).build(), record, asOf);
          assertEquals(underFirst.keySet(), versioned.keySet());
          versioned.forEach((id, duty) -> {
            ObligationInstance expected = duty.transitions().get(0).date().isBefore(change)
                ? underFirst.get(id) : underSecond.get(id);
            assertEquals(expected, duty, id);
          });
        });
  }

  private static RuleEngine undated(PolicyPack pack) {
    return RuleEngine.builder().addPack(PolicyPack.builder().from(pack).effectiveFrom(java.util.Optional.empty())
        .effectiveTo(java.util.Optional.empty()).build()).build();
  }

  private static Map<String, ObligationInstance> byId(RuleEngine engine, CultivationRecord record, LocalDate asOf) {
    Map<String, ObligationInstance> byId = new HashMap<>();
    engine.evaluate(record, asOf).obligations().stream().filter(o -> o.ruleId().equals("feedback-follow-up"))
        .forEach(o -> byId.put(o.id(), o));
    return byId;
  }
}
