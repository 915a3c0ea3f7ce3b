package org.jointcultivation.rules;

import java.util.Objects;

/**
 * Something in a set of regulations that is valid but almost certainly not what was meant: a norm
 * that can never apply, a norm given twice, a norm another pack always overrules, a conflict left
 * to a person, a parameter outside common ranges, a declared fact no norm reads. See {@link
 * RuleEngine#lint()}.
 *
 * @param source the pack's coordinates ({@code id@version}), or {@code vocabulary}
 * @param path where in its file, as a JSON path: {@code $.pack.norms[2].condition}, or {@code
 *     $.student.track} in the vocabulary's file
 * @param check which check found it: {@code unreachable-norm}, {@code impossible-comparison},
 *     {@code duplicate-norm}, {@code shadowed-norm}, {@code escalated-conflict}, {@code
 *     parameter-range} or {@code unused-vocabulary}
 * @param message what is wrong, naming the values involved
 * @since 0.3.0
 */
public record LintWarning(String source, String path, String check, String message) {
  /** Checks that nothing is missing. */
  public LintWarning {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return source + " at " + path + ": warning [" + check + "] " + message;
  }
}
