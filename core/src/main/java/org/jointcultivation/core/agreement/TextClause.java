package org.jointcultivation.core.agreement;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;

/**
 * A clause kept as text, for whatever the typed clauses do not model.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("TextClause")
@JsonSerialize(as = ImmutableTextClause.class)
@JsonDeserialize(as = ImmutableTextClause.class)
public abstract non-sealed class TextClause implements AgreementClause {
  TextClause() {}

  /** A clause with the given reference and text. */
  public static TextClause of(String reference, String text) {
    return new Builder().reference(reference).text(text).build();
  }

  @Override
  public abstract String reference();

  /** The clause's text. */
  public abstract String text();

  @Value.Check
  void check() {
    Checks.name("TextClause", reference(), "reference", reference());
    Checks.text("TextClause", reference(), "text", text());
  }

  /** Builds a {@link TextClause}. */
  public static final class Builder extends ImmutableTextClause.Builder {
    Builder() {}
  }
}
