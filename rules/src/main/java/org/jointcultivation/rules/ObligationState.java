package org.jointcultivation.rules;

/**
 * The lifecycle state of an obligation instance, after Symboleo, extended with {@link #SUSPENDED}
 * and {@link #OVERDUE}.
 *
 * @since 0.1.0
 */
public enum ObligationState {
  /** Created, not yet in effect (its period has not started). */
  CREATED,
  /** In effect and not yet due. */
  IN_EFFECT,
  /** Suspended, e.g. while the student is on leave; deadlines shift by the time suspended. */
  SUSPENDED,
  /** The deadline has passed and it is still owed; a later fulfilment is recorded as late. */
  OVERDUE,
  /** Fulfilled, on time or late. */
  FULFILLED,
  /** Violated and can no longer be fulfilled, e.g. a period that ended short, a prohibition breached. */
  VIOLATED,
  /**
   * No longer owed because its reason fell away, e.g. the programme ended first, or because an
   * {@link org.jointcultivation.core.event.ExemptionGranted exemption} lifted its breach.
   */
  DISCHARGED,
  /** Ended because the joint cultivation or agreement was terminated. */
  TERMINATED;

  /** Whether no further transition can follow. */
  public boolean isFinal() {
    return this == FULFILLED || this == VIOLATED || this == DISCHARGED || this == TERMINATED;
  }

  /** Whether reaching this state is a breach that a violation records. */
  public boolean isBreach() {
    return this == OVERDUE || this == VIOLATED;
  }
}
