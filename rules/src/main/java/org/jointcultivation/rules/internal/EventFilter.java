package org.jointcultivation.rules.internal;

import com.google.common.collect.ImmutableSet;
import java.util.Set;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.rules.spi.ConfiguredRule;

/**
 * Which events count for a rule: a type (parameter {@code event}), optionally only some kinds
 * (parameter {@code kinds}: meeting kinds, milestones, training kinds) and only confirmed
 * records (parameter {@code confirmedOnly}).
 */
final class EventFilter {
  final Class<? extends CultivationEvent> type;
  private final Set<String> kinds;
  private final boolean confirmedOnly;
  private final String description;

  private EventFilter(Class<? extends CultivationEvent> type, Set<String> kinds, boolean confirmedOnly) {
    this.type = type;
    this.kinds = kinds;
    this.confirmedOnly = confirmedOnly;
    this.description = (kinds.isEmpty() ? "" : String.join("/", kinds) + " ")
        + EventFacts.typeName(type)
        + (confirmedOnly ? " (confirmed)" : "");
  }

  static EventFilter from(
      ConfiguredRule configuration, String typeParameter, Class<? extends CultivationEvent> fallback) {
    return from(configuration, typeParameter, "kinds", fallback);
  }

  static EventFilter from(
      ConfiguredRule configuration,
      String typeParameter,
      String kindsParameter,
      Class<? extends CultivationEvent> fallback) {
    return new EventFilter(
        EventFacts.type(configuration, typeParameter, fallback),
        ImmutableSet.copyOf(configuration.list(kindsParameter)),
        configuration.flag("confirmedOnly", false));
  }

  boolean test(CultivationEvent event) {
    return type.isInstance(event)
        && (kinds.isEmpty() || EventFacts.kind(event).map(kinds::contains).orElse(false))
        && (!confirmedOnly || EventFacts.confirmed(event));
  }

  String describe() {
    return description;
  }
}
