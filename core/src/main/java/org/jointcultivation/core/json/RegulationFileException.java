package org.jointcultivation.core.json;

import java.util.Objects;

/**
 * Thrown when a regulation file cannot be read as a valid policy pack; the message names the file,
 * the place in it (a JSON path such as {@code $.pack.norms[2].parameters}, or a line and column for
 * a syntax error) and the reason.
 *
 * @since 0.1.0
 */
public class RegulationFileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The file or source read. */
  private final String source;

  /** Where in it the problem is. */
  private final String path;

  /** What is wrong. */
  private final String reason;

  /**
   * Creates an exception.
   *
   * @param source the file or source name
   * @param path where in it, e.g. {@code $.pack.norms[2].parameters}
   * @param reason what is wrong
   * @param cause the underlying failure
   */
  public RegulationFileException(String source, String path, String reason, Throwable cause) {
    super(Objects.requireNonNull(source, "source") + " at " + Objects.requireNonNull(path, "path") + ": "
        + Objects.requireNonNull(reason, "reason"), cause);
    this.source = source;
    this.path = path;
    this.reason = reason;
  }

  /** The file or source read. */
  public String source() {
    return source;
  }

  /** Where in it the problem is. */
  public String path() {
    return path;
  }

  /** What is wrong. */
  public String reason() {
    return reason;
  }

  /** The message, never {@code null}. */
  @Override
  public String getMessage() {
    return Objects.requireNonNull(super.getMessage());
  }
}
