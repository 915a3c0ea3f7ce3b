package org.jointcultivation.rules.spi;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.MonthDay;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jointcultivation.core.norm.AuthorityLevel;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.norm.Norm;
import org.jointcultivation.core.vocabulary.Vocabulary;
import org.jointcultivation.rules.ConflictResolution;
import org.jointcultivation.rules.ParameterSetting;
import org.jointcultivation.rules.RuleConfigurationException;

/**
 * A norm as it applies after conflict resolution: the norm, the pack it comes from, every
 * parameter with the pack and layer that set it, and the resolution if packs conflicted.
 *
 * <p>Its typed getters are what templates use to read parameters; each failure is a {@link
 * RuleConfigurationException} naming the pack, the rule and the parameter.
 *
 * @since 0.1.0
 */
public final class ConfiguredRule {

  private final Norm norm;
  private final String pack;
  private final AuthorityLevel layer;
  private final ImmutableMap<String, ParameterSetting> parameters;
  private final Optional<ConflictResolution> resolution;
  private final Vocabulary vocabulary;
  /** Worked out once: every obligation instance's explanation lists them. */
  private final ImmutableList<ParameterSetting> settings;

  /**
   * Creates a configuration.
   *
   * @param norm the norm
   * @param pack the coordinates of the pack it comes from
   * @param layer that pack's layer
   * @param parameters the parameters in force, by name, each with its origin
   * @param resolution how a conflict was resolved, if there was one
   */
  public ConfiguredRule(
      Norm norm,
      String pack,
      AuthorityLevel layer,
      Map<String, ParameterSetting> parameters,
      Optional<ConflictResolution> resolution) {
    this(norm, pack, layer, parameters, resolution, Vocabulary.EMPTY);
  }

  /**
   * Creates a configuration in an engine whose records use {@code vocabulary}.
   *
   * @since 0.2.0
   */
  public ConfiguredRule(
      Norm norm,
      String pack,
      AuthorityLevel layer,
      Map<String, ParameterSetting> parameters,
      Optional<ConflictResolution> resolution,
      Vocabulary vocabulary) {
    this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
    this.norm = Objects.requireNonNull(norm, "norm");
    this.pack = Objects.requireNonNull(pack, "pack");
    this.layer = Objects.requireNonNull(layer, "layer");
    this.parameters = ImmutableMap.copyOf(parameters);
    this.resolution = Objects.requireNonNull(resolution, "resolution");
    this.settings = this.parameters.values().stream()
        .sorted(java.util.Comparator.comparing(ParameterSetting::name))
        .collect(ImmutableList.toImmutableList());
  }

  /** The configuration of {@code norm} exactly as its own pack gives it. */
  public static ConfiguredRule of(Norm norm, String pack, AuthorityLevel layer) {
    return of(norm, pack, layer, Vocabulary.EMPTY);
  }

  /**
   * The configuration of {@code norm} as its own pack gives it, in an engine whose records use
   * {@code vocabulary}.
   *
   * @since 0.2.0
   */
  public static ConfiguredRule of(Norm norm, String pack, AuthorityLevel layer, Vocabulary vocabulary) {
    ImmutableMap.Builder<String, ParameterSetting> parameters = ImmutableMap.builder();
    norm.parameters()
        .forEach((name, value) -> parameters.put(name, new ParameterSetting(name, value, pack, layer)));
    return new ConfiguredRule(norm, pack, layer, parameters.build(), Optional.empty(), vocabulary);
  }

  /**
   * The vocabulary of the engine's records: the attributes conditions may name and the event kinds
   * parameters may name beyond the library's own.
   *
   * @since 0.2.0
   */
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /** The norm. */
  public Norm norm() {
    return norm;
  }

  /** The rule's id: the norm's id. */
  public String ruleId() {
    return norm.id();
  }

  /** The coordinates of the pack the norm comes from. */
  public String pack() {
    return pack;
  }

  /** That pack's layer. */
  public AuthorityLevel layer() {
    return layer;
  }

  /** The parameters in force, by name. */
  public Map<String, ParameterSetting> parameters() {
    return parameters;
  }

  /** The parameters in force, in name order, as explanations list them. */
  public List<ParameterSetting> settings() {
    return settings;
  }

  /** How a conflict between packs was resolved, if there was one. */
  public Optional<ConflictResolution> resolution() {
    return resolution;
  }

  /** The text of parameter {@code name}, if set. */
  public Optional<String> text(String name) {
    return Optional.ofNullable(parameters.get(name)).map(ParameterSetting::value);
  }

  /** The text of parameter {@code name}; required. */
  public String requiredText(String name) {
    return text(name).orElseThrow(() -> error(name, "is required by template " + norm.template()));
  }

  /** Parameter {@code name} as a whole number within {@code [min, max]}; required. */
  public int intParameter(String name, int min, int max) {
    return intParameter(name, min, max, null);
  }

  /** Parameter {@code name} as a whole number within {@code [min, max]}, or {@code fallback}. */
  public int intParameter(String name, int min, int max, @org.jspecify.annotations.Nullable Integer fallback) {
    Optional<String> text = text(name);
    if (text.isEmpty()) {
      if (fallback == null) {
        throw error(name, "is required by template " + norm.template());
      }
      return fallback;
    }
    int value;
    try {
      value = Integer.parseInt(text.get().strip());
    } catch (NumberFormatException e) {
      throw error(name, "must be a whole number, not '" + text.get() + "'");
    }
    if (value < min || value > max) {
      throw error(name, "must be between " + min + " and " + max + ", not " + value);
    }
    return value;
  }

  /** Parameter {@code name} as a positive ISO-8601 period such as {@code P14D}, if set. */
  public Optional<Period> period(String name) {
    return text(name).map(text -> parsePeriod(name, text));
  }

  /** Parameter {@code name} as a positive period; required. */
  public Period requiredPeriod(String name) {
    return period(name).orElseThrow(() -> error(name, "is required by template " + norm.template()));
  }

  /** Parameter {@code name} as a day of the year such as {@code 09-01}, or {@code fallback}. */
  public MonthDay monthDay(String name, MonthDay fallback) {
    return text(name).map(text -> parseMonthDay(name, text)).orElse(fallback);
  }

  /** Parameter {@code name} as a comma-separated list of days of the year, if set. */
  public List<MonthDay> monthDays(String name) {
    return list(name).stream().map(text -> parseMonthDay(name, text)).collect(ImmutableList.toImmutableList());
  }

  /** Parameter {@code name} as a comma-separated list; empty if unset. */
  public List<String> list(String name) {
    return text(name).map(ParameterDeclaration::items).orElse(ImmutableList.of());
  }

  /** Parameter {@code name} as {@code true} or {@code false}, or {@code fallback}. */
  public boolean flag(String name, boolean fallback) {
    Optional<String> text = text(name);
    if (text.isEmpty()) {
      return fallback;
    }
    return switch (text.get().strip()) {
      case "true" -> true;
      case "false" -> false;
      default -> throw error(name, "must be true or false, not '" + text.get() + "'");
    };
  }

  /** Parameter {@code name} as a constant of {@code type}, if set. */
  public <E extends Enum<E>> Optional<E> enumParameter(String name, Class<E> type) {
    return text(name).map(text -> parseEnum(name, text, type));
  }

  /** Parameter {@code name} as a comma-separated list of constants of {@code type}. */
  public <E extends Enum<E>> List<E> enumList(String name, Class<E> type) {
    return list(name).stream().map(text -> parseEnum(name, text, type)).collect(ImmutableList.toImmutableList());
  }

  /** An error naming this rule's pack, id and the parameter. */
  public RuleConfigurationException error(String parameter, String problem) {
    return new RuleConfigurationException(pack, norm.id(), parameter, problem);
  }

  private Period parsePeriod(String name, String text) {
    Period period;
    try {
      period = Period.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw error(name, "must be an ISO-8601 period such as P14D or P6M, not '" + text + "'");
    }
    if (!Checks.boundedPositive(period)) {
      throw error(name, Checks.BOUNDED_PERIOD_RULE + ", not " + period);
    }
    return period;
  }

  private MonthDay parseMonthDay(String name, String text) {
    try {
      return MonthDay.parse("--" + text.strip());
    } catch (DateTimeParseException e) {
      throw error(name, "must be a day of the year such as 09-01, not '" + text + "'");
    }
  }

  private <E extends Enum<E>> E parseEnum(String name, String text, Class<E> type) {
    try {
      return Enum.valueOf(type, text.strip());
    } catch (IllegalArgumentException e) {
      throw error(name, "must be one of " + java.util.EnumSet.allOf(type) + ", not '" + text + "'");
    }
  }

  @Override
  public String toString() {
    return norm.id() + " from " + pack + " " + settings();
  }
}
