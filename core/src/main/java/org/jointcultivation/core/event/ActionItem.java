package org.jointcultivation.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.party.PersonId;

/**
 * An action agreed at a meeting, with who does it and by when.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableActionItem.class)
@JsonDeserialize(as = ImmutableActionItem.class)
public abstract class ActionItem {
  private static final String TYPE = "ActionItem";

  ActionItem() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** What is to be done. */
  public abstract String description();

  /** Who does it. */
  public abstract PersonId owner();

  /** When it is due. */
  public abstract LocalDate dueDate();

  @Value.Check
  void check() {
    Checks.text(TYPE, owner(), "description", description());
    Checks.date(TYPE, owner(), "dueDate", dueDate());
  }

  /** Builds a {@link ActionItem}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableActionItem.Builder {
    Builder() {}
  }
}
