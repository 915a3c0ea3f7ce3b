package org.jointcultivation.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jointcultivation.core.norm.AuthorityLevel;
import org.jointcultivation.core.norm.BearerRole;
import org.jointcultivation.core.norm.Norm;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.core.norm.Recurrence;
import org.jointcultivation.core.norm.RecurrenceUnit;
import org.jointcultivation.rules.ConflictPolicy;
import org.jointcultivation.rules.ConflictResolution;
import org.jointcultivation.rules.StandardTemplates;
import org.jointcultivation.rules.spi.ConfiguredRule;
import org.jointcultivation.rules.testing.RegulationPacks;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The resolver on its own: which version of each norm applies, for any versions at any layers. */
class ResolverTest {
  private static final LocalDate DAY = LocalDate.of(2026, 1, 1);
  private static final MinimumCountTemplate TEMPLATE = new MinimumCountTemplate();

  /** A version of norm {@code id} with {@code minimum}, in a pack of {@code layer}. */
  private record Version(String id, int minimum, AuthorityLevel layer) {}

  private static CompiledNorm compiled(Version version, int index) {
    Norm norm = RegulationPacks.norm(version.id(), StandardTemplates.MINIMUM_COUNT_PER_PERIOD, "meetings",
        RegulationPacks.source("Authority", version.layer(), "Rules", "§1"),
        Map.of("minimum", String.valueOf(version.minimum())), BearerRole.STUDENT)
        .recurrence(Recurrence.every(RecurrenceUnit.ACADEMIC_YEAR)).build();
    PolicyPack.Builder builder = PolicyPack.builder().id("P" + index).version("1").title("p").layer(version.layer())
        .addNorm(norm);
    if (version.layer() == AuthorityLevel.INSTITUTION) {
      builder.institution(org.jointcultivation.core.testing.SampleProgramme.COLLEGE);
    } else if (version.layer() == AuthorityLevel.AGREEMENT) {
      builder.agreement(org.jointcultivation.core.testing.SampleProgramme.AGREEMENT);
    }
    PolicyPack pack = builder.build();
    ConfiguredRule configuration = ConfiguredRule.of(norm, pack.coordinates(), pack.layer());
    return new CompiledNorm(pack, norm, TEMPLATE, configuration, TEMPLATE.create(configuration));
  }

  private static final Gen<List<Version>> VERSIONS = SourceDSL.lists().of(
          SourceDSL.integers().between(0, 2).zip(SourceDSL.integers().between(1, 3),
              SourceDSL.arbitrary().enumValues(AuthorityLevel.class),
              (id, minimum, layer) -> new Version("norm-" + id, minimum, layer)))
      .ofSizeBetween(1, 6);

  private static List<CompiledNorm> compiledAll(List<Version> versions) {
    List<CompiledNorm> all = new ArrayList<>();
    for (int i = 0; i < versions.size(); i++) {
      all.add(compiled(versions.get(i), i));
    }
    return all;
  }

  @Test
  void everyNormApplies_exactlyOnce_andAConflictIsReported_exactlyWhenItsVersionsDiffer() {
    qt().forAll(VERSIONS).checkAssert(versions -> {
      Resolver.Resolution resolution = new Resolver(ConflictPolicy.standard())
          .resolve(compiledAll(versions), Optional.empty(), DAY);

      Map<String, Set<Integer>> minimaById = versions.stream().collect(Collectors.groupingBy(Version::id,
          Collectors.mapping(Version::minimum, Collectors.toSet())));
      Set<String> applied = resolution.rules().stream().map(r -> r.configuration().ruleId())
          .collect(Collectors.toSet());
      Set<String> conflicted = resolution.conflicts().stream().map(ConflictResolution::normId)
          .collect(Collectors.toSet());
      assertEquals(minimaById.keySet(), applied, "every norm applies (the standard policy never escalates)");
      assertEquals(resolution.rules().size(), applied.size(), "and only once");
      for (Map.Entry<String, Set<Integer>> entry : minimaById.entrySet()) {
        assertEquals(entry.getValue().size() > 1, conflicted.contains(entry.getKey()), entry.getKey());
      }
    });
  }

  @Test
  void eachNorm_isResolvedAsIfAlone_andAppliesAMinimumSomePackSet() {
    qt().forAll(VERSIONS).checkAssert(versions -> {
      List<CompiledNorm> all = compiledAll(versions);
      Resolver.Resolution together = new Resolver(ConflictPolicy.standard()).resolve(all, Optional.empty(), DAY);

      for (Resolver.Effective effective : together.rules()) {
        String id = effective.configuration().ruleId();
        Resolver.Resolution alone = new Resolver(ConflictPolicy.standard())
            .resolve(all.stream().filter(c -> c.norm().id().equals(id)).toList(), Optional.empty(), DAY);
        assertEquals(1, alone.rules().size());
        assertEquals(alone.rules().get(0).configuration().parameters(), effective.configuration().parameters(), id);
        assertEquals(alone.conflicts(), together.conflicts().stream().filter(c -> c.normId().equals(id)).toList());
        int minimum = effective.configuration().intParameter("minimum", 0, 1000);
        assertTrue(versions.stream().anyMatch(v -> v.id().equals(id) && v.minimum() == minimum),
            "the applied minimum " + minimum + " is one a pack set");
      }
    });
  }
}
