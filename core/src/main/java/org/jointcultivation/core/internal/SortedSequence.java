package org.jointcultivation.core.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * An immutable list kept in a comparator's order whose {@link #with} shares all but O(log n) small
 * arrays with the list it came from: adding one event to a student's history of a million costs a
 * few arrays of at most {@value #LEAF} or {@value #BRANCH} slots, not a copy of the million.
 *
 * <p>A B+ tree: leaves hold up to {@value #LEAF} elements in order, branches up to {@value #BRANCH}
 * children with their running sizes. {@link #get} descends by size in O(log n); iteration walks
 * the leaves' arrays. A list of at most {@value #LEAF} elements is one array. It is a {@link List}
 * that refuses every change; {@code equals} and {@code hashCode} are those of any list.
 *
 * @param <T> the element type
 */
public final class SortedSequence<T> extends AbstractList<T> {
  static final int LEAF = 256;
  static final int BRANCH = 32;
  private static final Object[] NO_ITEMS = new Object[0];

  private final Comparator<? super T> order;
  private final Node root;

  private SortedSequence(Comparator<? super T> order, Node root) {
    this.order = order;
    this.root = root;
  }

  /** The empty sequence in {@code order}. */
  public static <T> SortedSequence<T> empty(Comparator<? super T> order) {
    return new SortedSequence<>(Objects.requireNonNull(order, "order"), new Leaf(NO_ITEMS));
  }

  /**
   * The sequence of {@code sorted}, which must already be in {@code order}; built in one pass, its
   * leaves full but for the last.
   */
  public static <T> SortedSequence<T> ofSorted(Comparator<? super T> order, List<? extends T> sorted) {
    Objects.requireNonNull(order, "order");
    if (sorted.size() <= LEAF) {
      return new SortedSequence<>(order, new Leaf(sorted.toArray()));
    }
    Object[] all = sorted.toArray();
    Node[] level = new Node[(all.length + LEAF - 1) / LEAF];
    for (int i = 0; i < level.length; i++) {
      level[i] = new Leaf(Arrays.copyOfRange(all, i * LEAF, Math.min(all.length, (i + 1) * LEAF)));
    }
    while (level.length > 1) {
      Node[] up = new Node[(level.length + BRANCH - 1) / BRANCH];
      for (int i = 0; i < up.length; i++) {
        up[i] = new Branch(Arrays.copyOfRange(level, i * BRANCH, Math.min(level.length, (i + 1) * BRANCH)));
      }
      level = up;
    }
    return new SortedSequence<>(order, level[0]);
  }

  /** This sequence with {@code item} inserted in order, after any element that compares equal. */
  public SortedSequence<T> with(T item) {
    Objects.requireNonNull(item, "item");
    Node[] result = root.insert(item, order);
    return new SortedSequence<>(order, result.length == 1 ? result[0] : new Branch(result));
  }

  @Override
  @SuppressWarnings("unchecked") // only T is ever stored
  public T get(int index) {
    if (index < 0 || index >= root.size()) {
      throw new IndexOutOfBoundsException("index " + index + " of " + root.size());
    }
    Node node = root;
    int at = index;
    while (node instanceof Branch branch) {
      int child = branch.childAt(at);
      at -= child == 0 ? 0 : branch.ends[child - 1];
      node = branch.children[child];
    }
    return (T) ((Leaf) node).items[at];
  }

  @Override
  public int size() {
    return root.size();
  }

  @Override
  public Iterator<T> iterator() {
    return new LeafWalk<>(root);
  }

  /** The depth of the tree, for tests: 1 for a single leaf. */
  int depth() {
    int depth = 1;
    for (Node node = root; node instanceof Branch branch; node = branch.children[0]) {
      depth++;
    }
    return depth;
  }

  private abstract static class Node {
    abstract int size();

    /** The last element in order; a node is never empty but the root of an empty sequence. */
    abstract Object last();

    /** This node with {@code item} inserted: one node, or two if it had to split. */
    abstract <T> Node[] insert(T item, Comparator<? super T> order);
  }

  private static final class Leaf extends Node {
    final Object[] items;

    Leaf(Object[] items) {
      this.items = items;
    }

    @Override
    int size() {
      return items.length;
    }

    @Override
    Object last() {
      return items[items.length - 1];
    }

    @Override
    @SuppressWarnings("unchecked") // only T is ever stored
    <T> Node[] insert(T item, Comparator<? super T> order) {
      int low = 0;
      int high = items.length;
      while (low < high) { // the first position whose element comes after item
        int middle = (low + high) >>> 1;
        if (order.compare((T) items[middle], item) <= 0) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      Object[] grown = new Object[items.length + 1];
      System.arraycopy(items, 0, grown, 0, low);
      grown[low] = item;
      System.arraycopy(items, low, grown, low + 1, items.length - low);
      if (grown.length <= LEAF) {
        return new Node[] {new Leaf(grown)};
      }
      int half = grown.length / 2;
      return new Node[] {new Leaf(Arrays.copyOfRange(grown, 0, half)),
          new Leaf(Arrays.copyOfRange(grown, half, grown.length))};
    }
  }

  private static final class Branch extends Node {
    final Node[] children;
    /** {@code ends[i]}: the number of elements in children 0 to i. */
    final int[] ends;

    Branch(Node[] children) {
      this.children = children;
      this.ends = new int[children.length];
      int total = 0;
      for (int i = 0; i < children.length; i++) {
        total += children[i].size();
        ends[i] = total;
      }
    }

    @Override
    int size() {
      return ends[ends.length - 1];
    }

    @Override
    Object last() {
      return children[children.length - 1].last();
    }

    /** The child that holds the element at {@code index}. */
    int childAt(int index) {
      int low = 0;
      int high = ends.length - 1;
      while (low < high) {
        int middle = (low + high) >>> 1;
        if (ends[middle] <= index) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      return low;
    }

    @Override
    @SuppressWarnings("unchecked") // only T is ever stored
    <T> Node[] insert(T item, Comparator<? super T> order) {
      int child = children.length - 1;
      for (int i = 0; i < children.length - 1; i++) { // at most BRANCH comparisons
        if (order.compare(item, (T) children[i].last()) < 0) {
          child = i;
          break;
        }
      }
      Node[] replaced = children[child].insert(item, order);
      Node[] next = new Node[children.length + replaced.length - 1];
      System.arraycopy(children, 0, next, 0, child);
      System.arraycopy(replaced, 0, next, child, replaced.length);
      System.arraycopy(children, child + 1, next, child + replaced.length, children.length - child - 1);
      if (next.length <= BRANCH) {
        return new Node[] {new Branch(next)};
      }
      int half = next.length / 2;
      return new Node[] {new Branch(Arrays.copyOfRange(next, 0, half)),
          new Branch(Arrays.copyOfRange(next, half, next.length))};
    }
  }

  /**
   * Walks the leaves left to right, keeping the path of branches it came down in two small arrays:
   * rules iterate a party's events far more often than anything is added, and most parties' events
   * fit one leaf, which this walks as an array.
   */
  private static final class LeafWalk<T> implements Iterator<T> {
    private final Branch[] branches;
    private final int[] positions;
    private int depth;
    private Object[] leaf = NO_ITEMS;
    private int next;

    LeafWalk(Node root) {
      int levels = 0;
      for (Node node = root; node instanceof Branch branch; node = branch.children[0]) {
        levels++;
      }
      branches = new Branch[levels];
      positions = new int[levels];
      descend(root);
    }

    private void descend(Node node) {
      Node at = node;
      while (at instanceof Branch branch) {
        branches[depth] = branch;
        positions[depth] = 0;
        depth++;
        at = branch.children[0];
      }
      leaf = ((Leaf) at).items;
      next = 0;
    }

    @Override
    public boolean hasNext() {
      while (next >= leaf.length) {
        if (depth == 0) {
          return false;
        }
        Branch branch = branches[depth - 1];
        int position = positions[depth - 1] + 1;
        if (position < branch.children.length) {
          positions[depth - 1] = position;
          descend(branch.children[position]);
        } else {
          depth--;
        }
      }
      return true;
    }

    @Override
    @SuppressWarnings("unchecked") // only T is ever stored
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return (T) leaf[next++];
    }
  }
}
