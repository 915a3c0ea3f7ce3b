package org.jointcultivation.rules.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.Set;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.testing.EveryKindGenerator;
import org.junit.jupiter.api.Test;

class EventViewActionsTest {
  @Test
  void everyKindOfTheSealedHierarchy_hasItsOwnViewAction() {
    assertEquals(Set.of(CultivationEvent.class.getPermittedSubclasses()), EventViewActions.BY_KIND.byKind().keySet(),
        "a kind of event without an explicit view action would fall through to the student record");
  }

  @Test
  void everyGeneratedEvent_mapsToTheActionOfItsKind() {
    qt().withExamples(50).forAll(EveryKindGenerator.oneOfEachKind()).checkAssert(events -> {
      assertEquals(EveryKindGenerator.KIND_COUNT, events.size());
      for (CultivationEvent event : events) {
        Class<?> kind = java.util.Arrays.stream(CultivationEvent.class.getPermittedSubclasses())
            .filter(k -> k.isInstance(event)).findFirst().orElseThrow();
        assertEquals(EventViewActions.BY_KIND.byKind().get(kind), AccessControl.viewActionFor(event));
      }
    });
  }
}
