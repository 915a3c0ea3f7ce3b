package org.jointcultivation.core.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.party.StudentId;

/**
 * A trainee's article was submitted, with its ordered authors and corresponding author(s).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("PublicationSubmitted")
@JsonSerialize(as = ImmutablePublicationSubmitted.class)
@JsonDeserialize(as = ImmutablePublicationSubmitted.class)
public abstract non-sealed class PublicationSubmitted implements CultivationEvent {
  private static final String TYPE = "PublicationSubmitted";

  PublicationSubmitted() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The event's stable identifier, unique within a record. */
  @Override
  public abstract EventId id();

  /** The day the event happened. */
  @Override
  public abstract LocalDate date();

  /** The student concerned. */
  public abstract StudentId student();

  /** The article's title. */
  public abstract String title();

  /** The journal or conference, if known. */
  public abstract Optional<String> venue();

  /** The authors in order; at least one, names unique. */
  public abstract List<Author> authors();

  /** The corresponding authors; each one of the authors. */
  public abstract List<Author> correspondingAuthors();

  /** Computed once, on first use: the record indexes every event by what it refers to. */
  @Override
  @Value.Lazy
  public EventReferences references() {
    return EventReferences.builder().person(student()).persons(authors().stream().flatMap(a -> a.person().stream()).toList()).institutions(authors().stream().flatMap(a -> a.affiliations().stream()).toList()).build();
  }

  @Value.Check
  void check() {
    Checks.date(TYPE, id(), "date", date());
    Checks.text(TYPE, id(), "title", title());
    Checks.check(!authors().isEmpty(), TYPE, id(), "authors", authors(), "must name at least one author");
    Set<String> names = new HashSet<>();
    for (Author author : authors()) {
      Checks.check(names.add(author.name()), TYPE, id(), "authors", author.name(), "author names must be unique");
    }
    Checks.check(!correspondingAuthors().isEmpty(), TYPE, id(), "correspondingAuthors", correspondingAuthors(), "must name at least one corresponding author");
    for (Author corresponding : correspondingAuthors()) {
      Checks.check(authors().contains(corresponding), TYPE, id(), "correspondingAuthors", corresponding.name(), "must be one of the authors");
    }
  }

  /** Builds a {@link PublicationSubmitted}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutablePublicationSubmitted.Builder {
    Builder() {}
  }
}
