package org.jointcultivation.core.agreement;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Set;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;

/**
 * Who may be the corresponding author of a trainee's publication. Seed 1's policy, "the first or
 * second tutor", is {@code correspondingAuthorPositions = {FIRST, SECOND}}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("AuthorshipClause")
@JsonSerialize(as = ImmutableAuthorshipClause.class)
@JsonDeserialize(as = ImmutableAuthorshipClause.class)
public abstract non-sealed class AuthorshipClause implements AgreementClause {
  AuthorshipClause() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract String reference();

  /** The team positions from which a corresponding author must come; at least one. */
  public abstract Set<TutorPosition> correspondingAuthorPositions();

  @Value.Check
  void check() {
    Checks.name("AuthorshipClause", reference(), "reference", reference());
    Checks.check(
        !correspondingAuthorPositions().isEmpty(),
        "AuthorshipClause",
        reference(),
        "correspondingAuthorPositions",
        correspondingAuthorPositions(),
        "must name at least one position");
  }

  /** Builds an {@link AuthorshipClause}. */
  public static final class Builder extends ImmutableAuthorshipClause.Builder {
    Builder() {}
  }
}
