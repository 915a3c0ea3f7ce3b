package org.jointcultivation.core.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;

/**
 * A student reported progress, current problems and next steps.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("ProgressReported")
@JsonSerialize(as = ImmutableProgressReported.class)
@JsonDeserialize(as = ImmutableProgressReported.class)
public abstract non-sealed class ProgressReported implements CultivationEvent {
  private static final String TYPE = "ProgressReported";

  ProgressReported() {}

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

  /** The student concerned. */
  public abstract StudentId student();

  /** Experimental or dissertation progress. */
  public abstract ProgressKind kind();

  /** The progress made. */
  public abstract String summary();

  /** Problems the student faces; tutors must acknowledge them. */
  public abstract List<String> problems();

  /** What the student will do next. */
  public abstract List<String> nextSteps();

  /** The tutors the report went to. */
  public abstract Set<TutorId> reportedTo();

  /** Whether the report raises a problem that tutors must acknowledge. */
  public final boolean raisesProblems() {
    return !problems().isEmpty();
  }
  /** Computed once, on first use: the record indexes every event by what it refers to. */
  @Override
  @Value.Lazy
  public EventReferences references() {
    return EventReferences.builder().person(student()).persons(reportedTo()).build();
  }

  @Value.Check
  void check() {
    Checks.date(TYPE, id(), "date", date());
    Checks.text(TYPE, id(), "summary", summary());
    problems().forEach(item -> Checks.text(TYPE, id(), "problems", item));
    nextSteps().forEach(item -> Checks.text(TYPE, id(), "nextSteps", item));
  }

  /** Builds a {@link ProgressReported}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableProgressReported.Builder {
    Builder() {}
  }
}
