package org.jointcultivation.rules;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * How a conflict between packs' versions of one norm was resolved, as part of an explanation.
 *
 * @param normId the norm's id, shared by the versions
 * @param step the step of the pipeline that decided
 * @param chosen the coordinates of the pack whose version applies (for a stricter-parameter merge,
 *     the pack whose version is the base)
 * @param overruled the coordinates of the packs whose versions were set aside or merged
 * @param sentence the resolution in words
 * @since 0.1.0
 */
public record ConflictResolution(
    String normId, ResolutionStep step, String chosen, List<String> overruled, String sentence) {
  /** Copies the list. */
  public ConflictResolution {
    Objects.requireNonNull(normId, "normId");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(chosen, "chosen");
    overruled = ImmutableList.copyOf(overruled);
    Objects.requireNonNull(sentence, "sentence");
  }

  @Override
  public String toString() {
    return sentence;
  }
}
