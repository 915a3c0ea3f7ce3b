package org.jointcultivation.rules;

import java.util.Objects;
import org.jointcultivation.core.party.StudentId;

/**
 * A conflict between packs' versions of one norm for one student, and how the pipeline resolved
 * it. When the step is {@link ResolutionStep#ESCALATE}, the norm was not applied: a person must
 * decide.
 *
 * @param student the student concerned
 * @param resolution the resolution
 * @since 0.1.0
 */
public record ResolvedConflict(StudentId student, ConflictResolution resolution) {
  /** Checks that nothing is missing. */
  public ResolvedConflict {
    Objects.requireNonNull(student, "student");
    Objects.requireNonNull(resolution, "resolution");
  }

  /** Whether the conflict was left to a person. */
  public boolean isEscalation() {
    return resolution.step() == ResolutionStep.ESCALATE;
  }
}
