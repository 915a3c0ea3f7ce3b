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

  /** The line and column in the text, or -1 if not known. */
  private final int line;
  private final int column;

  private static final java.util.regex.Pattern POSITION =
      java.util.regex.Pattern.compile("line (\\d+), column (\\d+)");

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
    int[] position = position(path, cause);
    this.line = position[0];
    this.column = position[1];
  }

  /** From the parser's location if the cause has one, else from the path's words. */
  private static int[] position(String path, @Nullable Throwable cause) {
    if (cause instanceof com.fasterxml.jackson.core.JsonProcessingException json && json.getLocation() != null
        && json.getLocation().getLineNr() > 0) {
      return new int[] {json.getLocation().getLineNr(), json.getLocation().getColumnNr()};
    }
    java.util.regex.Matcher words = POSITION.matcher(path);
    return words.find() ? new int[] {Integer.parseInt(words.group(1)), Integer.parseInt(words.group(2))}
        : new int[] {-1, -1};
  }

  /**
   * The line of the text where the problem is, counted from 1, if the reader knew it.
   *
   * @since 0.3.0
   */
  public java.util.OptionalInt line() {
    return line > 0 ? java.util.OptionalInt.of(line) : java.util.OptionalInt.empty();
  }

  /**
   * The column of the text where the problem is, counted from 1, if the reader knew it.
   *
   * @since 0.3.0
   */
  public java.util.OptionalInt column() {
    return line > 0 && column > 0 ? java.util.OptionalInt.of(column) : java.util.OptionalInt.empty();
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
