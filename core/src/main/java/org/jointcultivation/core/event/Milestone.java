package org.jointcultivation.core.event;

/**
 * A reviewed stage of a programme.
 *
 * @since 0.1.0
 */
public enum Milestone {
  /** An annual progress review. */
  ANNUAL_PROGRESS_REVIEW,
  /** The defence of the research proposal. */
  PROPOSAL_DEFENCE,
  /** The mid-term review (China: end of the 3rd semester for master's, 4th for doctorates). */
  MID_TERM_REVIEW,
  /** The pre-defence of the dissertation. */
  PRE_DEFENCE,
  /** The final defence. */
  DEFENCE
}
