package org.jointcultivation.rules;

/**
 * A step of the pipeline that decides between two packs' versions of the same norm (same norm id)
 * for one student. Steps run in the {@link ConflictPolicy}'s order; the first that can tell the
 * versions apart decides, and the fallback decides the rest.
 *
 * @since 0.1.0
 */
public enum ResolutionStep {
  /**
   * The agreement decides: its own (agreement-layer) pack wins, and between institutions' packs,
   * the institution earlier in the agreement's governing-regulations clause wins.
   */
  AGREEMENT_CLAUSE,
  /** The higher authority wins (national over regional over institution over agreement). */
  HIGHER_AUTHORITY,
  /** The more specific norm wins: narrower applicability, then the narrower layer. */
  MORE_SPECIFIC,
  /** Between versions from the same authority, the later issued one wins. */
  LATER_VERSION,
  /** Fallback: each parameter takes its stricter value, reported with the pack that set it. */
  STRICTER_PARAMETER,
  /** Fallback: both versions apply, as separate rules. */
  BOTH_APPLY,
  /** Fallback: neither applies; a person must decide, and the assessment reports an escalation. */
  ESCALATE;

  /** Whether the step is a fallback, which always decides. */
  public boolean isFallback() {
    return this == STRICTER_PARAMETER || this == BOTH_APPLY || this == ESCALATE;
  }
}
