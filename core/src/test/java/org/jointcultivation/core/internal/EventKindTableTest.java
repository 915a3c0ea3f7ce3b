package org.jointcultivation.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.FeedbackSubmitted;
import org.jointcultivation.core.event.SupervisionMeetingHeld;
import org.jointcultivation.core.testing.EveryKindGenerator;
import org.junit.jupiter.api.Test;

class EventKindTableTest {
  @Test
  void build_withAKindMissing_failsNamingIt() {
    EventKindTable.Builder<String> builder = EventKindTable.builder("the test table");
    EventKindTable.allKinds().stream().filter(k -> k != FeedbackSubmitted.class).forEach(k -> builder.put(k, "x"));

    IllegalStateException error = assertThrows(IllegalStateException.class, builder::build);

    assertTrue(String.valueOf(error.getMessage()).contains("the test table has no entry for the event kinds [FeedbackSubmitted]"),
        error.getMessage());
  }

  @Test
  void put_twice_isRefused() {
    EventKindTable.Builder<String> builder = EventKindTable.<String>builder("t").put(SupervisionMeetingHeld.class, "a");
    assertThrows(IllegalStateException.class, () -> builder.put(SupervisionMeetingHeld.class, "b"));
  }

  @Test
  void get_answersTheValueOfTheEventsKind_forEveryKind() {
    EventKindTable.Builder<Class<?>> builder = EventKindTable.builder("kinds");
    EventKindTable.allKinds().forEach(k -> builder.put(k, k));
    EventKindTable<Class<?>> table = builder.build();
    assertEquals(CultivationEvent.class.getPermittedSubclasses().length, table.byKind().size());
    qt().withExamples(30).forAll(EveryKindGenerator.oneOfEachKind()).checkAssert((List<CultivationEvent> events) -> {
      for (CultivationEvent event : events) {
        assertTrue(table.get(event).isInstance(event), event.toString());
      }
    });
  }
}
