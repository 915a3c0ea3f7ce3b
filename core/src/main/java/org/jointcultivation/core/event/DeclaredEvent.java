package org.jointcultivation.core.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jointcultivation.core.agreement.AgreementId;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;

/**
 * An event of a kind the programme declared in its {@link
 * org.jointcultivation.core.vocabulary.Vocabulary} rather than one of the library's own: a thesis
 * rated, a form lodged, a committee's interview. Its fields are text, typed by the kind's
 * declaration and checked against it when the record is built.
 *
 * <pre>{@code
 * DeclaredEvent.builder().id(EventId.of("TR-1")).date(day).kind("ThesisRated")
 *     .institution(programme).putField("rating", "PROBLEM").build();
 * }</pre>
 *
 * @since 0.2.0
 */
@Value.Immutable
@JsonTypeName("DeclaredEvent")
@JsonSerialize(as = ImmutableDeclaredEvent.class)
@JsonDeserialize(as = ImmutableDeclaredEvent.class)
public abstract non-sealed class DeclaredEvent implements CultivationEvent {
  private static final String TYPE = "DeclaredEvent";

  DeclaredEvent() {}

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

  /** The declared kind, e.g. {@code ThesisRated}. */
  public abstract String kind();

  /** The student it concerns, if any. */
  public abstract Optional<StudentId> student();

  /** The tutors (or experts, committee members) it concerns. */
  public abstract List<TutorId> tutors();

  /** The agreement it concerns, if any. */
  public abstract Optional<AgreementId> agreement();

  /** The institution (or unit, such as a degree programme) it concerns, if any. */
  public abstract Optional<InstitutionId> institution();

  /** The kind's fields, as text. */
  public abstract Map<String, String> fields();

  /** Computed once, on first use: the record indexes every event by what it refers to. */
  @Override
  @Value.Lazy
  public EventReferences references() {
    EventReferences.Builder references = EventReferences.builder().persons(tutors())
        .institutions(institution().stream().toList());
    student().ifPresent(references::person);
    agreement().ifPresent(references::agreement);
    return references.build();
  }

  @Value.Check
  void check() {
    Checks.date(TYPE, id(), "date", date());
    Checks.name(TYPE, id(), "kind", kind());
    fields().forEach((name, value) -> {
      Checks.name(TYPE, id(), "fields", name);
      Checks.text(TYPE, id(), "fields." + name, value);
    });
    Checks.check(student().isPresent() || !tutors().isEmpty() || agreement().isPresent()
        || institution().isPresent(), TYPE, id(), "student", "none",
        "must concern a student, a tutor, an agreement or an institution");
  }

  /** Builds a {@link DeclaredEvent}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableDeclaredEvent.Builder {
    Builder() {}
  }
}
