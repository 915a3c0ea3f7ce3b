package org.jointcultivation.core.json;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when JSON (or YAML) text cannot be read as the value asked for; the message names the
 * source, the place in it (a JSON path such as {@code $.events[3].attendees}, or a line and column
 * for a syntax error) and the reason, which for a value the model rejects is the {@link
 * org.jointcultivation.core.ValidationException}'s message.
 *
 * @since 0.1.0
 */
public class JsonFormatException extends IllegalArgumentException {
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
   * @param source the file or source name, such as {@code <json>} for text
   * @param path where in it, e.g. {@code $.pack.norms[2].parameters}
   * @param reason what is wrong
   * @param cause the underlying failure, if any
   */
  public JsonFormatException(String source, String path, String reason, @Nullable Throwable cause) {
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

  /** Where in it the problem is: a JSON path, or a line and column. */
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
