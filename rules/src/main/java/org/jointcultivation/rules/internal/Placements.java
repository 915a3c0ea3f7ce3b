package org.jointcultivation.rules.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jointcultivation.core.agreement.Placement;
import org.jointcultivation.core.agreement.PlacementKind;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.spi.ConfiguredRule;

/** The placements a placement template counts: of the kinds its {@code placementKinds} parameter names. */
final class Placements {
  private Placements() {}

  static Set<PlacementKind> kinds(ConfiguredRule configuration) {
    List<PlacementKind> listed = configuration.enumList("placementKinds", PlacementKind.class);
    return listed.isEmpty() ? Set.of(PlacementKind.values()) : Set.copyOf(listed);
  }

  static List<Placement> placements(CultivationRecord record, StudentId student, Set<PlacementKind> kinds) {
    return record.placementsOf(student).stream().filter(p -> kinds.contains(p.kind()))
        .sorted(Comparator.comparing(Placement::startDate)).toList();
  }
}
