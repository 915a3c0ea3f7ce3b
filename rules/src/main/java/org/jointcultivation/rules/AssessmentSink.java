package org.jointcultivation.rules;

import org.jointcultivation.core.record.CultivationRecord;

/**
 * Receives the assessment of each part of a programme evaluated by {@link
 * RuleEngine#evaluateParts}: a department's or a home college's, one after another, so that a
 * province or a nation is never held in one assessment. Write each to a database, a file or a
 * summary, and let it go.
 *
 * <p>Called on the thread that called {@code evaluateParts}, one part at a time, in the order the
 * parts were given, whatever order they finished in. An exception thrown here stops the
 * evaluation and reaches that caller; the parts already received stay received.
 *
 * @since 0.2.0
 */
@FunctionalInterface
public interface AssessmentSink {
  /**
   * Takes the assessment of one part.
   *
   * @param part the part as it was given
   * @param assessment what {@link RuleEngine#evaluate(CultivationRecord, java.time.LocalDate)}
   *     would return for that part on the same day
   */
  void accept(CultivationRecord part, Assessment assessment);
}
