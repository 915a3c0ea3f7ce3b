package org.jointcultivation.rules.internal;

import com.google.common.collect.ImmutableSet;
import java.util.Set;
import java.util.Optional;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.DeclaredEvent;
import org.jointcultivation.rules.spi.ConfiguredRule;

/**
 * Which events count for a rule: a type (parameter {@code event}), optionally only some kinds
 * (parameter {@code kinds}: meeting kinds, milestones, training kinds) and only confirmed
 * records (parameter {@code confirmedOnly}).
 */
final class EventFilter {
  final Class<? extends CultivationEvent> type;
  /** For a kind the vocabulary declares, its name: only declared events of that kind count. */
  private final Optional<String> declaredKind;
  private final Set<String> kinds;
  private final boolean confirmedOnly;
  private final String description;

  private EventFilter(Class<? extends CultivationEvent> type, Optional<String> declaredKind, Set<String> kinds,
      boolean confirmedOnly) {
    this.type = type;
    this.declaredKind = declaredKind;
    this.kinds = kinds;
    this.confirmedOnly = confirmedOnly;
    this.description = (kinds.isEmpty() ? "" : String.join("/", kinds) + " ")
        + declaredKind.orElse(EventFacts.typeName(type))
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
    Optional<String> declared = configuration.text(typeParameter).map(String::strip)
        .filter(name -> !EventFacts.TYPES.containsKey(name) && configuration.vocabulary().event(name).isPresent());
    return new EventFilter(
        declared.isPresent() ? DeclaredEvent.class : EventFacts.type(configuration, typeParameter, fallback),
        declared,
        ImmutableSet.copyOf(configuration.list(kindsParameter)),
        configuration.flag("confirmedOnly", false));
  }

  boolean test(CultivationEvent event) {
    return type.isInstance(event)
        && declaredKind.map(kind -> ((DeclaredEvent) event).kind().equals(kind)).orElse(true)
        && (kinds.isEmpty() || EventFacts.kind(event).map(kinds::contains).orElse(false))
        && (!confirmedOnly || EventFacts.confirmed(event));
  }

  String describe() {
    return description;
  }
}
