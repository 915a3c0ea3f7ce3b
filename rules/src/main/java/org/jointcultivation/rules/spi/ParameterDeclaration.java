package org.jointcultivation.rules.spi;

import com.google.common.base.Splitter;
import org.jointcultivation.core.vocabulary.Vocabulary;
import com.google.common.collect.ImmutableList;
import java.time.MonthDay;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jointcultivation.core.internal.Checks;

/**
 * One parameter a {@link RuleTemplate} reads: its name, type, default, bounds and meaning. The
 * engine checks every norm's parameters against its template's declarations when it is built: a
 * name no declaration has (a misspelling such as {@code respones}) or a value of the wrong type
 * or out of bounds fails the build, naming the pack, the rule and the parameter. The declarations
 * are also the template catalogue ({@code RuleEngine#templates()}).
 *
 * @param name the parameter's name, e.g. {@code minimum}
 * @param type what its text must be
 * @param defaultValue the value when a norm does not set it, in words or as text; empty when the
 *     parameter is required or simply absent by default
 * @param required whether a norm must set it
 * @param minimum the least value of a {@link ParameterType#WHOLE_NUMBER}
 * @param maximum the greatest value of a {@link ParameterType#WHOLE_NUMBER}
 * @param choices the values a {@link ParameterType#CHOICE} or {@link ParameterType#CHOICES} may take
 * @param description what it means, in a sentence
 * @since 0.2.0
 */
public record ParameterDeclaration(String name, ParameterType type, Optional<String> defaultValue, boolean required,
    long minimum, long maximum, List<String> choices, String description) {
  private static final Splitter LIST = Splitter.on(',').trimResults().omitEmptyStrings();

  /** The items of a list parameter's text: split at commas, trimmed, empty ones left out. */
  static ImmutableList<String> items(String text) {
    return ImmutableList.copyOf(LIST.splitToList(text));
  }

  /** Checks the declaration. */
  public ParameterDeclaration {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(description, "description");
    choices = ImmutableList.copyOf(choices);
    if ((type == ParameterType.CHOICE || type == ParameterType.CHOICES || type == ParameterType.EVENT_KIND)
        == choices.isEmpty()) {
      throw new IllegalArgumentException("parameter " + name
          + ": choices are given for CHOICE, CHOICES and EVENT_KIND only");
    }
    if (minimum > maximum) {
      throw new IllegalArgumentException("parameter " + name + ": minimum " + minimum + " > maximum " + maximum);
    }
  }

  /** A whole number within {@code [minimum, maximum]}. */
  public static ParameterDeclaration wholeNumber(String name, long minimum, long maximum, String description) {
    return new ParameterDeclaration(name, ParameterType.WHOLE_NUMBER, Optional.empty(), false, minimum, maximum,
        List.of(), description);
  }

  /** A parameter of {@code type} other than a number or a choice. */
  public static ParameterDeclaration typed(String name, ParameterType type, String description) {
    return new ParameterDeclaration(name, type, Optional.empty(), false, Long.MIN_VALUE, Long.MAX_VALUE, List.of(),
        description);
  }

  /** One, or with {@link ParameterType#CHOICES} several, of {@code type}'s constants. */
  public static ParameterDeclaration choice(String name, ParameterType type, Class<? extends Enum<?>> choices,
      String description) {
    return choice(name, type, Arrays.stream(choices.getEnumConstants()).map(Enum::name).toList(), description);
  }

  /** One, or with {@link ParameterType#CHOICES} several, of {@code choices}. */
  public static ParameterDeclaration choice(String name, ParameterType type, List<String> choices, String description) {
    return new ParameterDeclaration(name, type, Optional.empty(), false, Long.MIN_VALUE, Long.MAX_VALUE, choices,
        description);
  }

  /** This declaration, required. */
  public ParameterDeclaration asRequired() {
    return new ParameterDeclaration(name, type, defaultValue, true, minimum, maximum, choices, description);
  }

  /** This declaration with a default, as text or in words. */
  public ParameterDeclaration withDefault(String value) {
    return new ParameterDeclaration(name, type, Optional.of(value), required, minimum, maximum, choices, description);
  }

  /**
   * What is wrong with {@code text} as a value of this parameter, or empty if nothing is.
   *
   * @return the rule broken, e.g. {@code must be a whole number, not 'nine'}
   */
  public Optional<String> problemWith(String text) {
    return problemWith(text, Vocabulary.EMPTY);
  }

  /**
   * What is wrong with {@code text} as a value of this parameter in an engine whose records use
   * {@code vocabulary} (an {@link ParameterType#EVENT_KIND} may name a kind it declares), or empty
   * if nothing is.
   *
   * @since 0.2.0
   */
  public Optional<String> problemWith(String text, Vocabulary vocabulary) {
    String value = text.strip();
    if (type == ParameterType.EVENT_KIND) {
      return choices.contains(value) || vocabulary.events().containsKey(value) ? Optional.empty()
          : Optional.of("must name an event kind, one of " + choices
              + (vocabulary.events().isEmpty() ? "" : " or of the vocabulary's " + vocabulary.events().keySet())
              + ", not '" + text + "'");
    }
    switch (type) {
      case WHOLE_NUMBER -> {
        long number;
        try {
          number = Long.parseLong(value);
        } catch (NumberFormatException e) {
          return Optional.of("must be a whole number, not '" + text + "'");
        }
        return number < minimum || number > maximum
            ? Optional.of("must be between " + minimum + " and " + maximum + ", not " + number) : Optional.empty();
      }
      case PERIOD -> {
        try {
          Period period = Period.parse(value);
          return Checks.boundedPositive(period) ? Optional.empty()
              : Optional.of(Checks.BOUNDED_PERIOD_RULE + ", not " + period);
        } catch (DateTimeParseException e) {
          return Optional.of("must be an ISO-8601 period such as P14D or P6M, not '" + text + "'");
        }
      }
      case DAY_OF_YEAR -> {
        return dayOfYear(value, text);
      }
      case DAYS_OF_YEAR -> {
        return LIST.splitToStream(value).map(day -> dayOfYear(day, text)).flatMap(Optional::stream).findFirst();
      }
      case FLAG -> {
        return value.equals("true") || value.equals("false") ? Optional.empty()
            : Optional.of("must be true or false, not '" + text + "'");
      }
      case CHOICE -> {
        return choices.contains(value) ? Optional.empty()
            : Optional.of("must be one of " + choices + ", not '" + text + "'");
      }
      case CHOICES -> {
        return LIST.splitToStream(value).filter(item -> !choices.contains(item)).findFirst()
            .map(item -> "must be a comma-separated list of " + choices + ", not '" + item + "'");
      }
      default -> {
        return value.isEmpty() ? Optional.of("must not be blank") : Optional.empty();
      }
    }
  }

  private static Optional<String> dayOfYear(String value, String text) {
    try {
      MonthDay.parse("--" + value);
      return Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.of("must be a day of the year such as 09-01, not '" + text + "'");
    }
  }

  /** The declaration in one line, as the template catalogue lists it. */
  @Override
  public String toString() {
    String bounds = type == ParameterType.WHOLE_NUMBER ? " " + minimum + ".." + maximum
        : choices.isEmpty() ? "" : " " + choices;
    return name + ": " + type + bounds + (required ? ", required" : defaultValue.map(d -> ", default " + d).orElse(""))
        + " — " + description;
  }
}
