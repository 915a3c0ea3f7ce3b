package org.jointcultivation.rules.internal;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jointcultivation.rules.ObligationState;
import org.jointcultivation.rules.StateTransition;

/** Collects an instance's transitions in date order, skipping repeats of the current state. */
final class Lifecycle {
  private final List<StateTransition> transitions = new ArrayList<>();

  static Lifecycle startingOn(LocalDate day, String reason) {
    return new Lifecycle().to(day, ObligationState.IN_EFFECT, reason);
  }

  /** A duty created on {@code day} that is not yet in force (a window that opens later). */
  static Lifecycle createdOn(LocalDate day, String reason) {
    return new Lifecycle().to(day, ObligationState.CREATED, reason);
  }

  Lifecycle to(LocalDate day, ObligationState state, String reason) {
    if (!transitions.isEmpty()) {
      StateTransition last = transitions.get(transitions.size() - 1);
      if (last.state() == state || last.state().isFinal()) {
        return this;
      }
      if (day.isBefore(last.date())) {
        day = last.date();
      }
    }
    transitions.add(new StateTransition(day, state, reason));
    return this;
  }

  ObligationState state() {
    return transitions.get(transitions.size() - 1).state();
  }

  boolean isFinal() {
    return !transitions.isEmpty() && state().isFinal();
  }

  List<StateTransition> transitions() {
    return ImmutableList.copyOf(transitions);
  }
}
