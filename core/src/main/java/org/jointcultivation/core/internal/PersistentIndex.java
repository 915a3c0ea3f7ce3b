package org.jointcultivation.core.internal;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * An immutable hash map whose {@link #with} shares all but a few small arrays with the map it came
 * from, so that adding one event to a record of millions costs microseconds, not a copy.
 *
 * <p>Two levels of 512 slots, chosen by the key's mixed hash, lead to buckets of key-value pairs;
 * {@code with} copies the two slot arrays on the key's path and its bucket. Keys must have stable
 * {@code equals} and {@code hashCode}; neither keys nor values may be {@code null}. Iteration order
 * is that of the hashes, not of insertion.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class PersistentIndex<K, V> {
  private static final int BITS = 9;
  private static final int WIDTH = 1 << BITS;
  private static final int MASK = WIDTH - 1;
  private static final Object[] NO_ENTRIES = new Object[0];
  private static final PersistentIndex<?, ?> EMPTY = new PersistentIndex<>(new Object[WIDTH][], 0);

  /** {@code root[i]} is null or an {@code Object[WIDTH]} of buckets, each null or {k0, v0, k1, v1…}. */
  private final @Nullable Object[][] root;
  private final int size;

  private PersistentIndex(@Nullable Object[][] root, int size) {
    this.root = root;
    this.size = size;
  }

  /** The empty index. */
  @SuppressWarnings("unchecked") // holds no key or value
  public static <K, V> PersistentIndex<K, V> empty() {
    return (PersistentIndex<K, V>) EMPTY;
  }

  /** An index of {@code map}'s entries, built in one pass. */
  public static <K, V> PersistentIndex<K, V> copyOf(Map<? extends K, ? extends V> map) {
    @Nullable Object[][] root = new Object[WIDTH][];
    for (Map.Entry<? extends K, ? extends V> entry : map.entrySet()) {
      K key = Objects.requireNonNull(entry.getKey(), "key");
      V value = Objects.requireNonNull(entry.getValue(), "value");
      int hash = mix(key.hashCode());
      Object[] middle = root[hash >>> BITS & MASK];
      if (middle == null) {
        middle = new Object[WIDTH];
        root[hash >>> BITS & MASK] = middle;
      }
      Object[] bucket = (Object[]) middle[hash & MASK];
      Object[] grown = Arrays.copyOf(bucket == null ? NO_ENTRIES : bucket, (bucket == null ? 0 : bucket.length) + 2);
      grown[grown.length - 2] = key;
      grown[grown.length - 1] = value;
      middle[hash & MASK] = grown;
    }
    return new PersistentIndex<>(root, map.size());
  }

  /** An index of the lists that {@code lists}' builders build, for grouping items by key in bulk. */
  public static <K, T> PersistentIndex<K, ImmutableList<T>> ofLists(Map<K, ImmutableList.Builder<T>> lists) {
    Map<K, ImmutableList<T>> built = new HashMap<>();
    lists.forEach((key, list) -> built.put(key, list.build()));
    return copyOf(built);
  }

  /** The number of keys. */
  public int size() {
    return size;
  }

  /** The value for {@code key}, or {@code null}. */
  @SuppressWarnings("unchecked") // only V is ever stored at odd positions
  public @Nullable V get(Object key) {
    int hash = mix(key.hashCode());
    Object[] middle = root[hash >>> BITS & MASK];
    if (middle == null) {
      return null;
    }
    Object[] bucket = (Object[]) middle[hash & MASK];
    if (bucket == null) {
      return null;
    }
    for (int i = 0; i < bucket.length; i += 2) {
      if (bucket[i].equals(key)) {
        return (V) bucket[i + 1];
      }
    }
    return null;
  }

  /** The value for {@code key}, or {@code fallback}. */
  public V getOrDefault(Object key, V fallback) {
    V value = get(key);
    return value == null ? fallback : value;
  }

  /** An index with {@code key} mapped to {@code value}; this one is unchanged. */
  public PersistentIndex<K, V> with(K key, V value) {
    Objects.requireNonNull(value, "value");
    int hash = mix(key.hashCode());
    @Nullable Object[][] newRoot = root.clone();
    Object[] middle = root[hash >>> BITS & MASK];
    Object[] newMiddle = middle == null ? new Object[WIDTH] : middle.clone();
    newRoot[hash >>> BITS & MASK] = newMiddle;
    Object[] bucket = (Object[]) newMiddle[hash & MASK];
    int added = 1;
    Object[] newBucket;
    if (bucket == null) {
      newBucket = new Object[] {key, value};
    } else {
      int at = -1;
      for (int i = 0; i < bucket.length; i += 2) {
        if (bucket[i].equals(key)) {
          at = i;
          break;
        }
      }
      if (at >= 0) {
        added = 0;
        newBucket = bucket.clone();
        newBucket[at + 1] = value;
      } else {
        newBucket = Arrays.copyOf(bucket, bucket.length + 2);
        newBucket[bucket.length] = key;
        newBucket[bucket.length + 1] = value;
      }
    }
    newMiddle[hash & MASK] = newBucket;
    return new PersistentIndex<>(newRoot, size + added);
  }

  /** Calls {@code action} for every entry, in hash order. */
  @SuppressWarnings("unchecked") // keys at even positions, values at odd
  public void forEach(BiConsumer<? super K, ? super V> action) {
    for (Object[] middle : root) {
      if (middle == null) {
        continue;
      }
      for (Object slot : middle) {
        if (slot == null) {
          continue;
        }
        Object[] bucket = (Object[]) slot;
        for (int i = 0; i < bucket.length; i += 2) {
          action.accept((K) bucket[i], (V) bucket[i + 1]);
        }
      }
    }
  }

  /** Whether both hold the same keys with equal values. */
  public boolean sameEntries(PersistentIndex<?, ?> other) {
    if (other.size != size) {
      return false;
    }
    boolean[] same = {true};
    forEach((key, value) -> {
      if (same[0] && !value.equals(other.get(key))) {
        same[0] = false;
      }
    });
    return same[0];
  }

  /** The sum over entries of {@code key.hashCode() ^ value.hashCode()}, as {@link Map#hashCode()}. */
  public int entriesHashCode() {
    int[] hash = {0};
    forEach((key, value) -> hash[0] += key.hashCode() ^ value.hashCode());
    return hash[0];
  }

  private static int mix(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
