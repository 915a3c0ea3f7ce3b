package org.jointcultivation.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.party.PersonId;

/**
 * An author of a publication, with affiliations in order.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAuthor.class)
@JsonDeserialize(as = ImmutableAuthor.class)
public abstract class Author {
  private static final String TYPE = "Author";

  Author() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The name as printed. */
  public abstract String name();

  /** The student or tutor in the record, if the author is one. */
  public abstract Optional<PersonId> person();

  /** The affiliations as printed, in order. */
  public abstract List<InstitutionId> affiliations();

  /** An author who is a person in the record. */
  public static Author of(String name, PersonId person, InstitutionId... affiliations) {
    return builder().name(name).person(person).addAffiliations(affiliations).build();
  }

  /** An author outside the record. */
  public static Author external(String name, InstitutionId... affiliations) {
    return builder().name(name).addAffiliations(affiliations).build();
  }

  @Value.Check
  void check() {
    Checks.name(TYPE, null, "name", name());
  }

  /** Builds a {@link Author}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableAuthor.Builder {
    Builder() {}
  }
}
