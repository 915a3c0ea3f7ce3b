package org.jointcultivation.core.norm;

import java.time.Period;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jointcultivation.core.ValidationException;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.internal.ReplaceableEntriesStyle;

/**
 * One configured norm of a policy pack: a rule template of the engine with its parameters,
 * its bearers, its deadline or recurrence, and the regulation it comes from.
 *
 * <p>The numbers live in {@link #parameters()}, never in code: Solent's "at least 9 meetings a
 * year" and Portsmouth's "fortnightly for 3 months" are the same templates with other parameters.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ReplaceableEntriesStyle // a copied parameter can be overridden: putParameter replaces it
@JsonSerialize(as = ImmutableNorm.class)
@JsonDeserialize(as = ImmutableNorm.class)
public abstract class Norm {
  private static final String TYPE = "Norm";

  Norm() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The norm's identifier, unique within its pack, e.g. {@code meetings-per-year}. */
  public abstract String id();

  /** Obligation, prohibition or permission. */
  public abstract NormKind kind();

  /** The engine's rule template that evaluates it, e.g. {@code minimum-count-per-period}. */
  public abstract String template();

  /** What the norm requires, in a sentence. */
  public abstract String title();

  /** The regulation and clause it comes from. */
  public abstract NormSource source();

  /** Who bears it; at least one. */
  public abstract Set<BearerRole> bearers();

  /** How several bearers meet it; {@link BearerMode#EACH} unless set. */
  @Value.Default
  public BearerMode bearerMode() {
    return BearerMode.EACH;
  }

  /** Which students it covers; everyone unless set. */
  @Value.Default
  public Applicability applicability() {
    return Applicability.everyone();
  }

  /**
   * When the norm applies, beyond its {@link #applicability()}: a condition in CEL (the Common
   * Expression Language) over its subject's facts and the vocabulary's attributes, e.g. {@code
   * tutor.rank == 'ASSISTANT'} or {@code student.level == 'DOCTORAL' && host.employees > 50}. It
   * is type-checked against the engine's vocabulary when the engine is built. None unless set.
   *
   * @since 0.2.0
   */
  public abstract Optional<String> condition();

  /** The template's parameters by name, as text (e.g. {@code minimum=9}). */
  public abstract Map<String, String> parameters();

  /** When an achievement duty falls due, if it is one. */
  public abstract Optional<Deadline> deadline();

  /** How often a recurring duty falls due, if it is one. */
  public abstract Optional<Recurrence> recurrence();

  /**
   * The parameter {@code name} as text.
   *
   * @throws ValidationException if the norm has no such parameter
   */
  public final String parameter(String name) {
    java.util.Objects.requireNonNull(name, "name");
    String text = parameters().get(name);
    if (text == null) {
      throw new ValidationException(TYPE, id(), "parameters[" + name + "]", null, "is required by template " + template());
    }
    return text;
  }

  /**
   * The parameter {@code name} as a whole number.
   *
   * @throws ValidationException if it is missing or not a whole number
   */
  public final int intParameter(String name) {
    String text = parameter(name);
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new ValidationException(TYPE, id(), "parameters[" + name + "]", text, "must be a whole number");
    }
  }

  /**
   * The parameter {@code name} as an ISO-8601 period such as {@code P14D} or {@code P3M}.
   *
   * @throws ValidationException if it is missing, not a period, or not positive and at most 100 years
   */
  public final Period periodParameter(String name) {
    String text = parameter(name);
    try {
      return Checks.positive(TYPE, id(), "parameters[" + name + "]", Period.parse(text.strip()));
    } catch (java.time.format.DateTimeParseException e) {
      throw new ValidationException(TYPE, id(), "parameters[" + name + "]", text, "must be an ISO-8601 period such as P14D");
    }
  }

  @Value.Check
  void check() {
    Checks.name(TYPE, null, "id", id());
    condition().ifPresent(text -> Checks.text(TYPE, id(), "condition", text));
    Checks.name(TYPE, id(), "template", template());
    Checks.text(TYPE, id(), "title", title());
    Checks.check(!bearers().isEmpty(), TYPE, id(), "bearers", bearers(), "must name at least one bearer");
    parameters().forEach((name, text) -> {
      Checks.name(TYPE, id(), "parameters", name);
      Checks.text(TYPE, id(), "parameters[" + name + "]", text);
    });
  }

  /** Builds a {@link Norm}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableNorm.Builder {
    Builder() {}
  }
}
