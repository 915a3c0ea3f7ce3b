package org.jointcultivation.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersistentIndexTest {
  @Test
  void with_behavesLikeAMap_andLeavesEveryEarlierVersionAsItWas() {
    // Keys from a range wide enough to fill buckets past the first level, and narrow enough to repeat.
    qt().withExamples(200)
        .forAll(lists().of(integers().between(-3_000_000, 3_000_000)).ofSizeBetween(0, 400))
        .checkAssert(keys -> {
          PersistentIndex<Integer, String> index = PersistentIndex.empty();
          Map<Integer, String> expected = new HashMap<>();
          List<PersistentIndex<Integer, String>> versions = new ArrayList<>();
          List<Map<Integer, String>> snapshots = new ArrayList<>();
          for (int i = 0; i < keys.size(); i++) {
            Integer key = keys.get(i) / 7; // repeats
            index = index.with(key, "v" + i);
            expected.put(key, "v" + i);
            versions.add(index);
            snapshots.add(new HashMap<>(expected));
          }
          for (int v = 0; v < versions.size(); v++) {
            assertContents(snapshots.get(v), versions.get(v));
          }
          assertContents(expected, PersistentIndex.copyOf(expected));
          assertTrue(PersistentIndex.copyOf(expected).sameEntries(index));
          assertEquals(expected.hashCode(), index.entriesHashCode());
        });
  }

  private static void assertContents(Map<Integer, String> expected, PersistentIndex<Integer, String> index) {
    assertEquals(expected.size(), index.size());
    expected.forEach((key, value) -> assertEquals(value, index.get(key)));
    Map<Integer, String> seen = new HashMap<>();
    index.forEach(seen::put);
    assertEquals(expected, seen);
    assertEquals(null, index.get(Integer.MAX_VALUE));
  }
}
