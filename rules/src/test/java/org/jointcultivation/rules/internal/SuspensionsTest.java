package org.jointcultivation.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

  private static LeaveTaken leave(String id, LocalDate from, LocalDate to, LeaveKind kind) {
    return LeaveTaken.builder().id(EventId.of(id)).date(from).endDate(to).student(STUDENT).kind(kind).build();
  }
}
