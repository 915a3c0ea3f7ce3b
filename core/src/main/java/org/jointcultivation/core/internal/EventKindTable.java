package org.jointcultivation.core.internal;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jointcultivation.core.event.CultivationEvent;

/**
 * A value for every kind of event, checked complete against the sealed hierarchy when it is
 * built: the exhaustive dispatch Java 17's {@code switch} cannot give. A kind added to {@link
 * CultivationEvent} without an entry fails the table's build at class initialisation, so a new
 * kind can never fall through to a default (into "part of the student record", or "nothing to
 * validate").
 *
 * @param <V> what each kind maps to: an action, a check, a function
 */
public final class EventKindTable<V> {
  private final ImmutableMap<Class<? extends CultivationEvent>, V> byKind;
  /** Looked up once per implementation class (the generated {@code Immutable*} ones). */
  private final ClassValue<V> byClass = new ClassValue<>() {
    @Override
    protected V computeValue(Class<?> type) {
      for (Map.Entry<Class<? extends CultivationEvent>, V> entry : byKind.entrySet()) {
        if (entry.getKey().isAssignableFrom(type)) {
          return entry.getValue();
        }
      }
      throw new IllegalStateException(type.getName() + " is not a kind of CultivationEvent");
    }
  };

  private EventKindTable(ImmutableMap<Class<? extends CultivationEvent>, V> byKind) {
    this.byKind = byKind;
  }

  /** A builder; {@code purpose} names the table in the error of an incomplete one. */
  public static <V> Builder<V> builder(String purpose) {
    return new Builder<>(purpose);
  }

  /** Every kind of the sealed hierarchy. */
  @SuppressWarnings("unchecked") // every permitted subclass is a CultivationEvent
  public static Set<Class<? extends CultivationEvent>> allKinds() {
    ImmutableSet.Builder<Class<? extends CultivationEvent>> kinds = ImmutableSet.builder();
    for (Class<?> kind : CultivationEvent.class.getPermittedSubclasses()) {
      kinds.add((Class<? extends CultivationEvent>) kind);
    }
    return kinds.build();
  }

  /** The value for {@code event}'s kind. */
  public V get(CultivationEvent event) {
    return byClass.get(Objects.requireNonNull(event, "event").getClass());
  }

  /** The value for each kind. */
  public Map<Class<? extends CultivationEvent>, V> byKind() {
    return byKind;
  }

  /** Collects one value per kind. */
  public static final class Builder<V> {
    private final String purpose;
    private final Map<Class<? extends CultivationEvent>, V> byKind = new LinkedHashMap<>();

    private Builder(String purpose) {
      this.purpose = purpose;
    }

    /** Maps {@code kind} to {@code value}. */
    public Builder<V> put(Class<? extends CultivationEvent> kind, V value) {
      if (byKind.put(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(value, "value")) != null) {
        throw new IllegalStateException(purpose + " maps " + kind.getSimpleName() + " twice");
      }
      return this;
    }

    /** Maps each of {@code kinds} to {@code value}. */
    @SafeVarargs
    public final Builder<V> putAll(V value, Class<? extends CultivationEvent>... kinds) {
      for (Class<? extends CultivationEvent> kind : kinds) {
        put(kind, value);
      }
      return this;
    }

    /**
     * The table.
     *
     * @throws IllegalStateException if a kind of the sealed hierarchy has no entry
     */
    public EventKindTable<V> build() {
      Set<Class<? extends CultivationEvent>> missing = new java.util.LinkedHashSet<>(allKinds());
      missing.removeAll(byKind.keySet());
      if (!missing.isEmpty()) {
        throw new IllegalStateException(purpose + " has no entry for the event kinds "
            + missing.stream().map(Class::getSimpleName).toList() + ": every kind must be handled");
      }
      return new EventKindTable<>(ImmutableMap.copyOf(byKind));
    }
  }
}
