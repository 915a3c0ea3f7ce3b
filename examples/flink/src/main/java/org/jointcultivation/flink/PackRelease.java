package org.jointcultivation.flink;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import org.jointcultivation.core.json.CultivationJson;
import org.jointcultivation.core.json.JsonFormatException;
import org.jointcultivation.core.norm.PolicyPack;

/**
 * A release of the regulations the job applies from then on: a version name and the packs, as
 * JSON {@code {"version": "2026.2", "packs": [ … ]}}, read as strictly as the library reads packs.
 *
 * @param version what names the release in logs
 * @param packs the packs in force from this release on
 */
public record PackRelease(String version, List<PolicyPack> packs) {
  /** Checks the release. */
  public PackRelease {
    Objects.requireNonNull(version, "version");
    if (version.isBlank()) {
      throw new IllegalArgumentException("a release's version must not be blank");
    }
    packs = List.copyOf(packs);
  }

  /** As JSON text. */
  public String toJson() {
    return "{\"version\":" + CultivationJson.toJson(version) + ",\"packs\":"
        + CultivationJson.toJson(packs, new TypeReference<List<PolicyPack>>() {}) + "}";
  }

  /**
   * Reads a release.
   *
   * @throws JsonFormatException naming the path and the reason when the text is not a release
   */
  public static PackRelease fromJson(String json) {
    JsonNode tree = CultivationJson.fromJson(json, JsonNode.class);
    JsonNode version = tree.get("version");
    JsonNode packs = tree.get("packs");
    if (version == null || !version.isTextual()) {
      throw new JsonFormatException("pack release", "$.version", "must be a string", null);
    }
    if (packs == null || !packs.isArray()) {
      throw new JsonFormatException("pack release", "$.packs", "must be an array of policy packs", null);
    }
    tree.fieldNames().forEachRemaining(name -> {
      if (!name.equals("version") && !name.equals("packs")) {
        throw new JsonFormatException("pack release", "$." + name, "is not a field of a release", null);
      }
    });
    return new PackRelease(version.asText(),
        CultivationJson.fromJson(packs.toString(), new TypeReference<List<PolicyPack>>() {}));
  }
}
