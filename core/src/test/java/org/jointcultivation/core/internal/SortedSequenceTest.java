package org.jointcultivation.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The persistent sorted sequence behind each party's events. */
class SortedSequenceTest {
  /** Orders by value only, so equal values keep the order they arrived in: by their index. */
  private record Item(int value, int index) {}

  private static final Comparator<Item> BY_VALUE = Comparator.comparingInt(Item::value);

  @Test
  void property_insertingOneByOne_equalsAStableSort_andEveryEarlierVersionIsUnchanged() {
    qt().withExamples(200).forAll(lists().of(integers().between(-50, 50)).ofSizeBetween(0, 900))
        .checkAssert(values -> {
          SortedSequence<Item> sequence = SortedSequence.empty(BY_VALUE);
          List<Item> expected = new ArrayList<>();
          List<SortedSequence<Item>> versions = new ArrayList<>();
          List<List<Item>> snapshots = new ArrayList<>();
          for (int i = 0; i < values.size(); i++) {
            Item item = new Item(values.get(i), i);
            sequence = sequence.with(item);
            expected.add(item);
            if (i % 97 == 0) {
              versions.add(sequence);
              List<Item> sorted = new ArrayList<>(expected);
              sorted.sort(BY_VALUE); // List.sort is stable
              snapshots.add(sorted);
            }
          }
          expected.sort(BY_VALUE);
          assertEquals(expected, sequence, "by iteration");
          for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), sequence.get(i), "get(" + i + ")");
          }
          assertEquals(expected, SortedSequence.ofSorted(BY_VALUE, expected));
          for (int v = 0; v < versions.size(); v++) {
            assertEquals(snapshots.get(v), versions.get(v), "an earlier version is unchanged");
          }
        });
  }

  @Test
  void aMillionElements_areAShallowTree_andInsertingAnywhereKeepsTheOrder() {
    List<Item> million = new ArrayList<>();
    for (int i = 0; i < 1_000_000; i++) {
      million.add(new Item(2 * i, i));
    }
    SortedSequence<Item> sequence = SortedSequence.ofSorted(BY_VALUE, million);
    assertTrue(sequence.depth() <= 4, "depth " + sequence.depth());
    SortedSequence<Item> withOne = sequence.with(new Item(1_000_001, -1));
    assertEquals(1_000_001, withOne.size());
    assertEquals(new Item(1_000_000, 500_000), withOne.get(500_000));
    assertEquals(new Item(1_000_001, -1), withOne.get(500_001));
    assertEquals(new Item(1_000_002, 500_001), withOne.get(500_002));
    assertEquals(1_000_000, sequence.size(), "the original is unchanged");
  }

  @Test
  void itRefusesChanges_andIndexesOutOfRange() {
    SortedSequence<Item> sequence = SortedSequence.<Item>empty(BY_VALUE).with(new Item(1, 0));
    assertThrows(UnsupportedOperationException.class, () -> sequence.add(new Item(2, 1)));
    assertThrows(UnsupportedOperationException.class, () -> sequence.remove(0));
    assertThrows(IndexOutOfBoundsException.class, () -> sequence.get(1));
    assertThrows(IndexOutOfBoundsException.class, () -> sequence.get(-1));
  }
}
