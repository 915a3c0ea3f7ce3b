package org.jointcultivation.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import org.jointcultivation.rules.ObligationState;
import org.jointcultivation.rules.StateTransition;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class LifecycleTest {
  private static final LocalDate DAY = LocalDate.of(2025, 9, 1);

  @Test
  void to_skipsRepeatsOfTheCurrentState_andStopsAtAFinalState() {
    Lifecycle lifecycle = Lifecycle.startingOn(DAY, "start")
        .to(DAY.plusDays(1), ObligationState.IN_EFFECT, "again")
        .to(DAY.plusDays(5), ObligationState.OVERDUE, "deadline passed")
        .to(DAY.plusDays(9), ObligationState.FULFILLED, "met late")
        .to(DAY.plusDays(12), ObligationState.VIOLATED, "after the end");

    assertEquals(List.of(ObligationState.IN_EFFECT, ObligationState.OVERDUE, ObligationState.FULFILLED),
        lifecycle.transitions().stream().map(StateTransition::state).toList());
    assertTrue(lifecycle.isFinal());
  }

  @Test
  void to_anEarlierDay_isMovedToTheLastTransitionsDay() {
    Lifecycle lifecycle = Lifecycle.startingOn(DAY, "start").to(DAY.minusDays(3), ObligationState.SUSPENDED, "leave");
    assertEquals(DAY, lifecycle.transitions().get(1).date());
    assertFalse(lifecycle.isFinal());
  }

  @Test
  void transitions_areInDateOrder_withNoRepeatAndNothingAfterAFinalState_forAnySequence() {
    qt().forAll(SourceDSL.lists().of(SourceDSL.arbitrary().enumValues(ObligationState.class)).ofSizeBetween(0, 12),
            SourceDSL.lists().of(SourceDSL.integers().between(-30, 30)).ofSize(12))
        .checkAssert((states, offsets) -> {
          Lifecycle lifecycle = Lifecycle.startingOn(DAY, "start");
          for (int i = 0; i < states.size(); i++) {
            lifecycle.to(DAY.plusDays(offsets.get(i)), states.get(i), "step " + i);
          }
          List<StateTransition> transitions = lifecycle.transitions();
          assertEquals(ObligationState.IN_EFFECT, transitions.get(0).state());
          for (int i = 1; i < transitions.size(); i++) {
            assertFalse(transitions.get(i).date().isBefore(transitions.get(i - 1).date()), "in date order");
            assertFalse(transitions.get(i).state() == transitions.get(i - 1).state(), "no repeat");
            assertFalse(transitions.get(i - 1).state().isFinal(), "nothing after a final state");
          }
        });
  }
}
