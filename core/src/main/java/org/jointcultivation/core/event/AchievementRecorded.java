package org.jointcultivation.core.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.StudentId;

/**
 * An achievement of a student, tutor or enterprise expert was recorded.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("AchievementRecorded")
@JsonSerialize(as = ImmutableAchievementRecorded.class)
@JsonDeserialize(as = ImmutableAchievementRecorded.class)
public abstract non-sealed class AchievementRecorded implements CultivationEvent {
  private static final String TYPE = "AchievementRecorded";

  AchievementRecorded() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The event's stable identifier, unique within a record. */
  @Override
  public abstract EventId id();

  /** The day the event happened. */
  @Override
  public abstract LocalDate date();

  /** Whose achievement it is. */
  public abstract PersonId subject();

  /** What kind of achievement. */
  public abstract AchievementKind kind();

  /** What was achieved. */
  public abstract String description();

  /** The trainee it was achieved with, for tutors' achievements. */
  public abstract Optional<StudentId> student();

  /** Computed once, on first use: the record indexes every event by what it refers to. */
  @Override
  @Value.Lazy
  public EventReferences references() {
    return EventReferences.builder().person(subject()).persons(student().stream().toList()).build();
  }

  @Value.Check
  void check() {
    Checks.date(TYPE, id(), "date", date());
    Checks.text(TYPE, id(), "description", description());
  }

  /** Builds a {@link AchievementRecorded}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableAchievementRecorded.Builder {
    Builder() {}
  }
}
