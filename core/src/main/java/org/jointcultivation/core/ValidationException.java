package org.jointcultivation.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a value or a record would break a rule of the model; nothing is built.
 *
 * <p>The message and the accessors name the type, the subject (usually its id), the field, the
 * offending value and the rule broken, for example {@code CooperationAgreement [AG-7] field
 * 'validity' = 2025-09-01..2025-01-31: must not end before it starts}.
 *
 * <p>It extends {@link IllegalArgumentException}, so callers that treat bad input as a programming
 * error need no special handling.
 *
 * @since 0.1.0
 */
public class ValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_VALUE_LENGTH = 200;

  /** The type whose rule is broken. */
  private final String type;

  /** The offending object's identity, if it has one. */
  private final @Nullable String subject;

  /** The field or path holding the offending value. */
  private final String field;

  /** The offending value as shown in the message. */
  private final String value;

  /** The rule broken. */
  private final String rule;

  /**
   * Creates an exception for one broken rule.
   *
   * @param type the simple name of the type whose rule is broken, e.g. {@code "Placement"}
   * @param subject what identifies the offending object, usually its id; {@code null} if none
   * @param field the field or path within {@code type}, e.g. {@code "host"}
   * @param value the offending value; rendered with quotes for strings so blanks are visible
   * @param rule the rule broken, phrased to follow the value, e.g. {@code "must not be blank"}
   */
  public ValidationException(
      String type, @Nullable Object subject, String field, @Nullable Object value, String rule) {
    super(message(type, subject, field, value, rule));
    this.type = type;
    this.subject = subject == null ? null : subject.toString();
    this.field = field;
    this.value = render(value);
    this.rule = rule;
  }

  /** The message, never {@code null}: type, subject, field, value and rule in one sentence. */
  @Override
  public String getMessage() {
    return Objects.requireNonNull(super.getMessage());
  }

  /** The simple name of the type whose rule is broken. */
  public String type() {
    return type;
  }

  /** The offending object's identity (usually its id), or {@code null} where it has none yet. */
  public @Nullable String subject() {
    return subject;
  }

  /** The field, or a path such as {@code attendees[T-3]}, that holds the offending value. */
  public String field() {
    return field;
  }

  /** The offending value as shown in the message (strings are quoted). */
  public String value() {
    return value;
  }

  /** The rule that was broken. */
  public String rule() {
    return rule;
  }

  private static String message(
      String type, @Nullable Object subject, String field, @Nullable Object value, String rule) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(rule, "rule");
    StringBuilder message = new StringBuilder(Objects.requireNonNull(type, "type"));
    if (subject != null) {
      message.append(" [").append(subject).append(']');
    }
    return message
        .append(" field '")
        .append(field)
        .append("' = ")
        .append(render(value))
        .append(": ")
        .append(rule)
        .toString();
  }

  private static String render(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    String text = value.toString();
    if (text.length() > MAX_VALUE_LENGTH) {
      text = text.substring(0, MAX_VALUE_LENGTH) + "…";
    }
    return value instanceof CharSequence ? '"' + text + '"' : text;
  }
}
