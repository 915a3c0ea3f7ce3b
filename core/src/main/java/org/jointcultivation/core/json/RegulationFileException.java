package org.jointcultivation.core.json;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a regulation file cannot be read as a valid policy pack; the message names the file,
 * the place in it (a JSON path such as {@code $.pack.norms[2].parameters}, or a line and column for
 * a syntax error) and the reason.
 *
 * @since 0.1.0
 */
public class RegulationFileException extends JsonFormatException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param source the file or source name
   * @param path where in it, e.g. {@code $.pack.norms[2].parameters}
   * @param reason what is wrong
   * @param cause the underlying failure, if any
   */
  public RegulationFileException(String source, String path, String reason, @Nullable Throwable cause) {
    super(source, path, reason, cause);
  }
}
