package org.jointcultivation.core.event;

/**
 * A member's role on a committee.
 *
 * @since 0.2.0
 */
public enum CommitteeRole {
  /** Chairs the committee, and votes. */
  CHAIR,
  /** A member who votes. */
  MEMBER,
  /** Keeps the minutes; does not vote. */
  SECRETARY,
  /** Attends without voting, e.g. the candidate's supervisor at a defence. */
  ATTENDEE;

  /** Whether a member in this role may vote. */
  public boolean votes() {
    return this == CHAIR || this == MEMBER;
  }
}
