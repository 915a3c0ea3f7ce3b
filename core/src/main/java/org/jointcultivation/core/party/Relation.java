package org.jointcultivation.core.party;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;

/**
 * A dated relation between two people, of a kind the record's {@link
 * org.jointcultivation.core.vocabulary.Vocabulary#relations() vocabulary} declares: a supervisor
 * and a candidate who are family, former partners, co-authors or business partners. Regulations
 * on conflicts of interest read them; conditions see them as {@code relations}.
 *
 * <p>A relation has no direction: {@code person} and {@code other} are the two people in it, in
 * either order. It holds from {@code startDate} until {@code endDate} (inclusive), or without end.
 *
 * @since 0.2.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRelation.class)
@JsonDeserialize(as = ImmutableRelation.class)
public abstract class Relation {
  private static final String TYPE = "Relation";

  Relation() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The kind of relation, as the vocabulary declares it, e.g. {@code FAMILY}. */
  public abstract String kind();

  /** One of the two people. */
  public abstract PersonId person();

  /** The other. */
  public abstract PersonId other();

  /** The first day it holds. */
  public abstract LocalDate startDate();

  /** The last day it holds, if it ended. */
  public abstract Optional<LocalDate> endDate();

  /** Whether {@code someone} is one of the two. */
  public final boolean involves(PersonId someone) {
    return person().equals(someone) || other().equals(someone);
  }

  /** The person in it besides {@code someone}, who must be one of the two. */
  public final PersonId otherThan(PersonId someone) {
    if (!involves(someone)) {
      throw new IllegalArgumentException(someone + " is not in " + this);
    }
    return person().equals(someone) ? other() : person();
  }

  /** Whether it holds on {@code day}. */
  public final boolean holdsOn(LocalDate day) {
    return !day.isBefore(startDate()) && endDate().map(end -> !day.isAfter(end)).orElse(true);
  }

  @Value.Check
  void check() {
    String subject = person() + "~" + other();
    Checks.name(TYPE, subject, "kind", kind());
    Checks.check(!person().equals(other()), TYPE, subject, "other", other(), () -> "must be another person than " + person());
    Checks.date(TYPE, subject, "startDate", startDate());
    endDate().ifPresent(end -> {
      Checks.date(TYPE, subject, "endDate", end);
      Checks.check(!end.isBefore(startDate()), TYPE, subject, "endDate", end, () -> "must not be before startDate " + startDate());
    });
  }

  /** Builds a {@link Relation}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableRelation.Builder {
    Builder() {}
  }
}
