package org.jointcultivation.core.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.StudentId;

/**
 * A committee sat for a student's candidacy on a day, as one act: a confirmation panel, a
 * follow-up committee, a defence committee or jury. It names its {@code purpose} (a name the
 * programme chooses, e.g. {@code DEFENCE}, which the {@code kinds} parameter of a template
 * selects), its members with their roles and votes, and, if it decided, the outcome.
 *
 * <p>Regulations of composition and voting read it: conditions see {@code event.members}, each a
 * person (a tutor's fields and attributes) with {@code role}, {@code vote} if any, {@code
 * supervisor} (in the student's team that day) and {@code external} (from an institution other
 * than the student's home institution).
 *
 * @since 0.2.0
 */
@Value.Immutable
@JsonTypeName("CommitteeConvened")
@JsonSerialize(as = ImmutableCommitteeConvened.class)
@JsonDeserialize(as = ImmutableCommitteeConvened.class)
public abstract non-sealed class CommitteeConvened implements CultivationEvent {
  private static final String TYPE = "CommitteeConvened";

  CommitteeConvened() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The event's stable identifier, unique within a record. */
  @Override
  public abstract EventId id();

  /** The day the committee sat. */
  @Override
  public abstract LocalDate date();

  /** The student whose candidacy it sat for. */
  public abstract StudentId student();

  /** What it sat for, e.g. {@code DEFENCE} or {@code FOLLOW_UP}. */
  public abstract String purpose();

  /** Its members, each once; at most one chair. */
  public abstract List<CommitteeMember> members();

  /** What it decided, if it decided, e.g. {@code DEGREE_RECOMMENDED}. */
  public abstract java.util.Optional<String> outcome();

  /** Computed once, on first use: the record indexes every event by what it refers to. */
  @Override
  @Value.Lazy
  public EventReferences references() {
    return EventReferences.builder().person(student())
        .persons(members().stream().map(CommitteeMember::person).toList()).build();
  }

  @Value.Check
  void check() {
    Checks.date(TYPE, id(), "date", date());
    Checks.name(TYPE, id(), "purpose", purpose());
    outcome().ifPresent(outcome -> Checks.name(TYPE, id(), "outcome", outcome));
    Checks.check(!members().isEmpty(), TYPE, id(), "members", members(), "must name at least one member");
    Set<PersonId> seated = new HashSet<>();
    for (CommitteeMember member : members()) {
      Checks.check(seated.add(member.person()), TYPE, id(), "members", member.person(), "sits only once");
      Checks.check(!member.person().equals(student()), TYPE, id(), "members", member.person(),
          "must not be the student the committee sits for");
    }
    Checks.check(members().stream().filter(m -> m.role() == CommitteeRole.CHAIR).count() <= 1, TYPE, id(),
        "members", members(), "has at most one chair");
  }

  /** Builds a {@link CommitteeConvened}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableCommitteeConvened.Builder {
    Builder() {}
  }
}
