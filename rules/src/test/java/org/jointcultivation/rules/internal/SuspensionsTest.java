package org.jointcultivation.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.jointcultivation.core.testing.SampleProgramme.START;
import static org.jointcultivation.core.testing.SampleProgramme.STUDENT;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.LeaveKind;
import org.jointcultivation.core.event.LeaveTaken;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.Subject;
import org.jointcultivation.rules.spi.SubjectFacts;
import org.jointcultivation.core.testing.SampleProgramme;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class SuspensionsTest {
  private static final LocalDate AS_OF = START.plusYears(2);

  @Test
  void suspendedDays_countsOverlappingLeaveOnce() {
    // 30 days of sick leave and 30 days of personal leave overlapping by 10: 50 days away, not 60.
    CultivationRecord record = SampleProgramme.builder()
        .addEvent(leave("L-1", START.plusDays(10), START.plusDays(39), LeaveKind.SICK))
        .addEvent(leave("L-2", START.plusDays(30), START.plusDays(59), LeaveKind.PERSONAL))
        .build();

    Suspensions suspensions = Suspensions.of(SubjectFacts.of(record, AS_OF, Subject.of(STUDENT)), EnumSet.allOf(LeaveKind.class));

    assertEquals(50, suspensions.suspendedDays(START, AS_OF));
  }

  @Test
  void suspendedDays_countsLeaveInsideOtherLeaveOnce() {
    CultivationRecord record = SampleProgramme.builder()
        .addEvent(leave("L-1", START.plusDays(10), START.plusDays(59), LeaveKind.SICK))
        .addEvent(leave("L-2", START.plusDays(20), START.plusDays(29), LeaveKind.PERSONAL))
        .build();

    Suspensions suspensions = Suspensions.of(SubjectFacts.of(record, AS_OF, Subject.of(STUDENT)), EnumSet.allOf(LeaveKind.class));

    assertEquals(50, suspensions.suspendedDays(START, AS_OF));
    assertEquals(START.plusDays(150), suspensions.shift(START, START.plusDays(100)));
  }

  @Test
  void suspendedDays_equalsTheDaysCoveredByAnyLeave_inAnyArrangement() {
    Gen<int[]> interval = SourceDSL.integers().between(0, 200)
        .zip(SourceDSL.integers().between(0, 60), (start, length) -> new int[] {start, start + length});
    qt().forAll(SourceDSL.lists().of(interval).ofSizeBetween(0, 6), SourceDSL.integers().between(0, 260),
        SourceDSL.integers().between(0, 260))
        .checkAssert((intervals, a, b) -> {
          CultivationRecord.Builder builder = SampleProgramme.builder();
          Set<LocalDate> away = new HashSet<>();
          List<int[]> list = new ArrayList<>(intervals);
          for (int i = 0; i < list.size(); i++) {
            int[] days = list.get(i);
            builder.addEvent(leave("L-" + i, START.plusDays(days[0]), START.plusDays(days[1]),
                i % 2 == 0 ? LeaveKind.SICK : LeaveKind.PERSONAL));
            for (int d = days[0]; d <= days[1]; d++) {
              away.add(START.plusDays(d));
            }
          }
          LocalDate from = START.plusDays(Math.min(a, b));
          LocalDate to = START.plusDays(Math.max(a, b));
          long expected = away.stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).count();

          Suspensions suspensions = Suspensions.of(
              SubjectFacts.of(builder.build(), AS_OF, Subject.of(STUDENT)), EnumSet.allOf(LeaveKind.class));

          assertEquals(expected, suspensions.suspendedDays(from, to));
        });
  }

  @Test
  void anAllowance_leavesTheFirstDaysOfEachKindEachYearUnsuspended() {
    // 30 sick days and 5 personal days in the first year, 15 sick days in the second; 10 a year allowed.
    CultivationRecord record = SampleProgramme.builder()
        .addEvent(leave("L-1", START.plusDays(10), START.plusDays(39), LeaveKind.SICK))
        .addEvent(leave("L-2", START.plusDays(100), START.plusDays(104), LeaveKind.PERSONAL))
        .addEvent(leave("L-3", START.plusYears(1).plusDays(5), START.plusYears(1).plusDays(19), LeaveKind.SICK))
        .build();
    SubjectFacts facts = SubjectFacts.of(record, AS_OF, Subject.of(STUDENT));

    Suspensions suspensions = Suspensions.of(facts, EnumSet.allOf(LeaveKind.class), 10);

    assertEquals(20 + 0 + 5, suspensions.suspendedDays(START, AS_OF), "30-10, 5 within the personal allowance, 15-10");
    assertEquals(50, Suspensions.of(facts, EnumSet.allOf(LeaveKind.class), 0).suspendedDays(START, AS_OF));
    assertEquals(START.plusDays(20), facts.leave(EnumSet.of(LeaveKind.SICK), 10).get(0).start(),
        "the allowance is the first days of the leave, not the last");
  }

  @Test
  void noKindOfLeave_suspendsWhenTheParameterSaysNone_andNoneCannotBeMixedWithKinds() {
    org.jointcultivation.core.norm.Norm norm = org.jointcultivation.rules.testing.RegulationPacks.firstMeeting();
    org.jointcultivation.rules.spi.ConfiguredRule none = org.jointcultivation.rules.spi.ConfiguredRule.of(
        org.jointcultivation.core.norm.Norm.builder().from(norm).putParameter(Suspensions.PARAMETER, "NONE").build(),
        "P@1", org.jointcultivation.core.norm.AuthorityLevel.NATIONAL);
    assertEquals(EnumSet.noneOf(LeaveKind.class), Suspensions.kinds(none));

    org.jointcultivation.rules.spi.ConfiguredRule mixed = org.jointcultivation.rules.spi.ConfiguredRule.of(
        org.jointcultivation.core.norm.Norm.builder().from(norm).putParameter(Suspensions.PARAMETER, "NONE,SICK").build(),
        "P@1", org.jointcultivation.core.norm.AuthorityLevel.NATIONAL);
    org.jointcultivation.rules.RuleConfigurationException e = org.junit.jupiter.api.Assertions.assertThrows(
        org.jointcultivation.rules.RuleConfigurationException.class, () -> Suspensions.kinds(mixed));
    assertTrue(e.getMessage().contains("NONE cannot be listed with kinds of leave"), e.getMessage());
  }

  private static LeaveTaken leave(String id, LocalDate from, LocalDate to, LeaveKind kind) {
    return LeaveTaken.builder().id(EventId.of(id)).date(from).endDate(to).student(STUDENT).kind(kind).build();
  }
}
