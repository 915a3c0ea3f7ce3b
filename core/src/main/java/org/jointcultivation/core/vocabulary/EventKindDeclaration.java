package org.jointcultivation.core.vocabulary;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;

/**
 * An event kind a programme records beyond the library's own, e.g. {@code ThesisRated} with a
 * {@code rating}, recorded as a {@link org.jointcultivation.core.event.DeclaredEvent}.
 *
 * <pre>{@code
 * ThesisRated:
 *   fields:
 *     rating: {type: CHOICE, values: [EXCELLENT, PASS, PROBLEM]}
 * }</pre>
 *
 * @since 0.2.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEventKindDeclaration.class)
@JsonDeserialize(as = ImmutableEventKindDeclaration.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public abstract class EventKindDeclaration {
  EventKindDeclaration() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A kind with {@code fields}. */
  public static EventKindDeclaration of(Map<String, AttributeDeclaration> fields) {
    return builder().fields(fields).build();
  }

  /** Its typed fields by name; an event of the kind must give every one of them. */
  public abstract Map<String, AttributeDeclaration> fields();

  /** What it records. */
  public abstract Optional<String> description();

  /**
   * The right a reader needs to see events of this kind, by the name of a viewing action of the
   * rights ({@code org.jointcultivation.rules.access.Action}), e.g. {@code VIEW_MEASURES} for a kind
   * that records a sanction, {@code VIEW_HEALTH_ADJUSTMENTS} for one that records a health need; if
   * absent, {@code VIEW_STUDENT_RECORD}, as for the library's ordinary progress events.
   *
   * @since 0.2.0
   */
  public abstract Optional<String> viewAction();

  @Value.Check
  void check() {
    fields().keySet().forEach(name -> Checks.name("EventKindDeclaration", null, "fields", name));
    description().ifPresent(text -> Checks.text("EventKindDeclaration", null, "description", text));
    viewAction().ifPresent(action -> Checks.check(action.matches("VIEW_[A-Z_]+"), "EventKindDeclaration", null,
        "viewAction", action, "must name a viewing action, VIEW_ and capitals, e.g. VIEW_MEASURES"));
  }

  /** Builds an {@link EventKindDeclaration}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableEventKindDeclaration.Builder {
    Builder() {}
  }
}
