package org.jointcultivation.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A piece of an explanation's text, worded when first read: an assessment holds an explanation for
 * every duty kept or broken, and most are never read, so their figures are kept and the words
 * composed on demand. Compared, hashed and written in JSON as its text.
 */
final class Phrase {
  private final @Nullable Supplier<String> words;
  private volatile @Nullable String text;

  private Phrase(@Nullable Supplier<String> words, @Nullable String text) {
    this.words = words;
    this.text = text;
  }

  /** A phrase already worded. */
  @JsonCreator
  static Phrase of(String text) {
    return new Phrase(null, Objects.requireNonNull(text, "text"));
  }

  /** A phrase worded by {@code words} when first read; {@code words} must be a pure function. */
  static Phrase later(Supplier<String> words) {
    return new Phrase(Objects.requireNonNull(words, "words"), null);
  }

  /** The words; composed once (a race composes equal words twice, never different ones). */
  @JsonValue
  String text() {
    String known = text;
    if (known == null) {
      known = Objects.requireNonNull(Objects.requireNonNull(words, "words").get(), "a phrase's words");
      text = known;
    }
    return known;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Phrase phrase && text().equals(phrase.text());
  }

  @Override
  public int hashCode() {
    return text().hashCode();
  }

  @Override
  public String toString() {
    return text();
  }
}
