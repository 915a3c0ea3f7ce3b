package org.jointcultivation.core.norm;

/**
 * What a new version of a pack says about the duties of those already under the version before it:
 * its transition clause ("students admitted before 1 September 2026 remain under the 2023
 * regulations").
 *
 * @since 0.3.0
 */
public enum TransitionClause {
  /**
   * Every duty is judged under the version in force on the day it arose (the act, or the start of
   * the period it counts over), whoever it is about. The default when a pack names no clause.
   */
  JUDGE_ACTS_BY_THEIR_DATE,
  /**
   * A student whose programme began, or an agreement whose term began, before this version took
   * effect stays under the version in force when it began, for all its duties; those who begin on
   * or after the version's first day are under it.
   */
  EARLIER_STARTERS_KEEP_EARLIER_VERSION
}
