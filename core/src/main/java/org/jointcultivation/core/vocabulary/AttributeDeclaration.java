package org.jointcultivation.core.vocabulary;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;

/**
 * One declared attribute or event field: its type, the values of a {@code CHOICE}, and what it
 * means. Its name is its key in the {@link Vocabulary}.
 *
 * <pre>{@code
 * rank: {type: CHOICE, values: [PROFESSOR, ASSOCIATE, ASSISTANT], description: academic rank}
 * }</pre>
 *
 * @since 0.2.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAttributeDeclaration.class)
@JsonDeserialize(as = ImmutableAttributeDeclaration.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public abstract class AttributeDeclaration {
  private static final String TYPE = "AttributeDeclaration";

  AttributeDeclaration() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** An attribute of {@code type} other than a choice. */
  public static AttributeDeclaration of(AttributeType type) {
    return builder().type(type).build();
  }

  /** A choice among {@code values}. */
  public static AttributeDeclaration choice(String... values) {
    return builder().type(AttributeType.CHOICE).addValues(values).build();
  }

  /** What its text must be. */
  public abstract AttributeType type();

  /** The values of a {@code CHOICE}, in order; none for other types. */
  public abstract List<String> values();

  /** What it means, for the people who read the vocabulary. */
  public abstract Optional<String> description();

  /** What is wrong with {@code text} as this attribute's value, or empty if nothing is. */
  public Optional<String> problemWith(String text) {
    return type().problemWith(text, values());
  }

  @Value.Check
  void check() {
    Checks.check((type() == AttributeType.CHOICE) != values().isEmpty(), TYPE, null, "values", values(),
        type() == AttributeType.CHOICE ? "a CHOICE must list its values" : "only a CHOICE lists values");
    Checks.check(new HashSet<>(values()).size() == values().size(), TYPE, null, "values", values(),
        "values must be unique");
    values().forEach(value -> Checks.name(TYPE, null, "values", value));
    description().ifPresent(text -> Checks.text(TYPE, null, "description", text));
  }

  /** Builds an {@link AttributeDeclaration}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableAttributeDeclaration.Builder {
    Builder() {}
  }
}
