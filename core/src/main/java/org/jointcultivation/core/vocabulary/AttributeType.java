package org.jointcultivation.core.vocabulary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jointcultivation.core.Money;

/**
 * What an attribute's or a declared event field's text must be. Values are written as text in
 * records and files; the type says how they are read, checked and offered to conditions.
 *
 * @since 0.2.0
 */
public enum AttributeType {
  /** A whole number, e.g. {@code 250}. */
  INTEGER,
  /** A decimal number, e.g. {@code 0.75}. */
  DECIMAL,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** Free text, e.g. a city. */
  TEXT,
  /** An ISO-8601 date, e.g. {@code 1958-05-01}. */
  DATE,
  /** An ISO-8601 period, e.g. {@code P3Y}. */
  PERIOD,
  /** One of the declaration's values, e.g. {@code ASSISTANT}. */
  CHOICE,
  /**
   * A positive amount and an ISO 4217 currency, e.g. {@code 20780 GBP}; conditions see {@code
   * amount} (a decimal number) and {@code currency}.
   *
   * @since 0.2.0
   */
  MONEY;

  /**
   * What is wrong with {@code text} as a value of this type (with {@code values} for a {@code
   * CHOICE}), or empty if nothing is.
   */
  public Optional<String> problemWith(String text, List<String> values) {
    try {
      switch (this) {
        case INTEGER -> Long.parseLong(text);
        case DECIMAL -> new BigDecimal(text);
        case BOOLEAN -> {
          if (!text.equals("true") && !text.equals("false")) {
            return Optional.of("must be true or false, not '" + text + "'");
          }
        }
        case DATE -> LocalDate.parse(text);
        case PERIOD -> Period.parse(text);
        case CHOICE -> {
          if (!values.contains(text)) {
            return Optional.of("must be one of " + values + ", not '" + text + "'");
          }
        }
        case TEXT -> {
          if (text.isBlank()) {
            return Optional.of("must not be blank");
          }
        }
        case MONEY -> {
          return money(text).isPresent() ? Optional.empty()
              : Optional.of("must be a positive amount and an ISO 4217 currency such as 20780 GBP, not '" + text + "'");
        }
      }
      return Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.of("must be " + (this == INTEGER ? "a whole number" : "a decimal number") + ", not '" + text + "'");
    } catch (DateTimeParseException e) {
      return Optional.of("must be an ISO-8601 " + (this == DATE ? "date such as 2025-09-01" : "period such as P3Y")
          + ", not '" + text + "'");
    }
  }

  /**
   * The value of {@code text}, already checked, as conditions see it: a {@code Long}, a {@code
   * Double}, a {@code Boolean}, a {@code String} (text and choices), a {@code LocalDate}, a
   * {@code Period}, or for money a map of {@code amount} (a {@code Double}) and {@code currency}.
   */
  public Object value(String text) {
    return switch (this) {
      case INTEGER -> Long.parseLong(text);
      case DECIMAL -> Double.parseDouble(text);
      case BOOLEAN -> Boolean.parseBoolean(text);
      case DATE -> LocalDate.parse(text);
      case PERIOD -> Period.parse(text);
      case TEXT, CHOICE -> text;
      case MONEY -> {
        Money money = money(text).orElseThrow(() -> new IllegalArgumentException("not money: " + text));
        yield Map.of("amount", money.amount().doubleValue(), "currency", money.currency().getCurrencyCode());
      }
    };
  }

  private static Optional<Money> money(String text) {
    List<String> parts = com.google.common.base.Splitter.on(' ').omitEmptyStrings().splitToList(text.strip());
    if (parts.size() != 2) {
      return Optional.empty();
    }
    try {
      return Optional.of(Money.of(parts.get(0), parts.get(1)));
    } catch (org.jointcultivation.core.ValidationException e) {
      return Optional.empty();
    }
  }
}
