package org.jointcultivation.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.party.PersonId;

/**
 * One person's seat on a {@link CommitteeConvened committee}: their role and, if they voted, their
 * vote. Members from outside the student's institutions (external examiners, experts) are recorded
 * as tutors of their own institution, with the vocabulary's attributes; a tutor supervises only
 * through an assignment.
 *
 * @since 0.2.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCommitteeMember.class)
@JsonDeserialize(as = ImmutableCommitteeMember.class)
public abstract class CommitteeMember {
  CommitteeMember() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A member in {@code role}, with no vote recorded. */
  public static CommitteeMember of(PersonId person, CommitteeRole role) {
    return builder().person(person).role(role).build();
  }

  /** A voting member and their vote. */
  public static CommitteeMember voting(PersonId person, CommitteeRole role, Vote vote) {
    return builder().person(person).role(role).vote(vote).build();
  }

  /** Who sits. */
  public abstract PersonId person();

  /** In what role. */
  public abstract CommitteeRole role();

  /** How they voted, if the committee voted; only a chair or member votes. */
  public abstract Optional<Vote> vote();

  @Value.Check
  void check() {
    Checks.check(vote().isEmpty() || role().votes(), "CommitteeMember", person(), "vote", vote().orElse(null),
        () -> "must be empty for a " + role() + ", who does not vote");
  }

  /** Builds a {@link CommitteeMember}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableCommitteeMember.Builder {
    Builder() {}
  }
}
