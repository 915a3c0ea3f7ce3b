package org.jointcultivation.rules;

import java.util.Objects;
import org.jointcultivation.core.norm.AuthorityLevel;

/**
 * The value a rule used for one parameter, and which pack and layer set it.
 *
 * @param name the parameter's name, e.g. {@code minimum}
 * @param value its value as configured, e.g. {@code 9}
 * @param pack the coordinates ({@code id@version}) of the pack that set it
 * @param layer the layer of that pack
 * @since 0.1.0
 */
public record ParameterSetting(String name, String value, String pack, AuthorityLevel layer) {
  /** Checks that nothing is missing. */
  public ParameterSetting {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(pack, "pack");
    Objects.requireNonNull(layer, "layer");
  }

  /** Renders as {@code minimum=9 (INSTITUTION SOLENT-RD@2024.1)}. */
  @Override
  public String toString() {
    return name + "=" + value + " (" + layer + " " + pack + ")";
  }
}
