package org.jointcultivation.core.norm;

import java.time.LocalDate;
import java.util.Optional;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;

/**
 * Where a norm comes from: the authority, its document and version, and the clause; cited in every explanation.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNormSource.class)
@JsonDeserialize(as = ImmutableNormSource.class)
public abstract class NormSource {
  private static final String TYPE = "NormSource";

  NormSource() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The issuing authority, e.g. {@code "Solent University"}. */
  public abstract String authority();

  /** The authority's level. */
  public abstract AuthorityLevel level();

  /** The regulation's title, e.g. {@code "Code of Practice for Research Degrees"}. */
  public abstract String document();

  /** The document's version or year. */
  public abstract String version();

  /** The clause, e.g. {@code "§5.3"}. */
  public abstract String clause();

  /** When the version was issued, if known; later versions of one authority prevail. */
  public abstract Optional<LocalDate> issued();

  /** A citation such as {@code Solent University, Code of Practice for Research Degrees (2024) §5.3}. */
  @Value.Lazy // built into every explanation; worked out once per source
  public String citation() {
    return authority() + ", " + document() + " (" + version() + ") " + clause();
  }

  @Value.Check
  void check() {
    Checks.name(TYPE, document(), "authority", authority());
    Checks.name(TYPE, authority(), "document", document());
    Checks.name(TYPE, document(), "version", version());
    Checks.name(TYPE, document(), "clause", clause());
    issued().ifPresent(day -> Checks.date(TYPE, document(), "issued", day));
  }

  /** Builds a {@link NormSource}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableNormSource.Builder {
    Builder() {}
  }
}
