package org.jointcultivation.rules;

import java.util.Objects;

/**
 * One duty found under both sets of regulations of a {@link AssessmentDifference what-if}, in
 * another state or due on another day.
 *
 * @param before the duty as the current regulations find it
 * @param after the same duty (the same id) as the proposed regulations find it
 * @since 0.3.0
 */
public record DutyChange(ObligationInstance before, ObligationInstance after) {
  /** Checks that both are given and are the same duty. */
  public DutyChange {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    if (!before.id().equals(after.id())) {
      throw new IllegalArgumentException("a change is of one duty, not of " + before.id() + " and " + after.id());
    }
  }

  /** The duty's id. */
  public String id() {
    return before.id();
  }

  /** Whether its state differs. */
  public boolean stateChanged() {
    return before.state() != after.state();
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(id()).append(": ").append(before.state());
    if (stateChanged()) {
      text.append(" → ").append(after.state());
    }
    if (!before.dueDate().equals(after.dueDate())) {
      text.append(", due ").append(before.dueDate().map(Object::toString).orElse("never"))
          .append(" → ").append(after.dueDate().map(Object::toString).orElse("never"));
    }
    return text.toString();
  }
}
