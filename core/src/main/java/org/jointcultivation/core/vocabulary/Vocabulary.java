package org.jointcultivation.core.vocabulary;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.jointcultivation.core.ValidationException;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.internal.Checks;

/**
 * The facts a programme's regulations speak of beyond the library's model: typed attributes of
 * institutions, students, tutors and agreements, and declared event kinds with typed fields. A record
 * built with a vocabulary ({@code CultivationRecord.Builder.vocabulary}) is checked against it, and an
 * engine built with it ({@code RuleEngine.Builder.vocabulary}) type-checks conditions against it.
 *
 * <p>As a file (JSON or YAML, beside the packs):
 *
 * <pre>{@code
 * tutor:
 *   rank: {type: CHOICE, values: [PROFESSOR, ASSOCIATE, ASSISTANT]}
 *   birthDate: {type: DATE}
 * institution:
 *   employees: {type: INTEGER}
 * events:
 *   ThesisRated:
 *     fields:
 *       rating: {type: CHOICE, values: [EXCELLENT, PASS, PROBLEM]}
 * }</pre>
 *
 * @since 0.2.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVocabulary.class)
@JsonDeserialize(as = ImmutableVocabulary.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public abstract class Vocabulary {
  private static final String TYPE = "Vocabulary";
  private static final Set<String> BUILT_IN_EVENTS = Arrays.stream(CultivationEvent.class.getPermittedSubclasses())
      .map(Class::getSimpleName).collect(Collectors.toUnmodifiableSet());

  /** A vocabulary that declares nothing: records with it may carry no attributes or declared events. */
  public static final Vocabulary EMPTY = builder().build();

  Vocabulary() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The attributes of institutions, by name. */
  public abstract Map<String, AttributeDeclaration> institution();

  /** The attributes of students, by name. */
  public abstract Map<String, AttributeDeclaration> student();

  /** The attributes of tutors and other people who act (experts, committee members), by name. */
  public abstract Map<String, AttributeDeclaration> tutor();

  /** The attributes of cooperation agreements, by name. */
  public abstract Map<String, AttributeDeclaration> agreement();

  /**
   * The attributes of candidacies, by name.
   *
   * @since 0.2.0
   */
  public abstract Map<String, AttributeDeclaration> candidacy();

  /**
   * The attributes of supervision teams (tutor assignments), by name.
   *
   * @since 0.2.0
   */
  public abstract Map<String, AttributeDeclaration> team();

  /** The declared event kinds, by name. */
  public abstract Map<String, EventKindDeclaration> events();

  /**
   * The kinds of {@link org.jointcultivation.core.party.Relation} between people a record may hold,
   * each with what it means, e.g. {@code FAMILY: "related by blood or marriage"}.
   *
   * @since 0.2.0
   */
  public abstract Map<String, String> relations();

  @Value.Check
  void check() {
    for (AttributeOwner owner : AttributeOwner.values()) {
      attributes(owner).keySet().forEach(name -> Checks.name(TYPE, null, owner.name().toLowerCase(Locale.ROOT), name));
    }
    relations().forEach((kind, meaning) -> {
      Checks.name(TYPE, null, "relations", kind);
      Checks.text(TYPE, kind, "relations." + kind, meaning);
    });
    for (String kind : events().keySet()) {
      Checks.name(TYPE, null, "events", kind);
      Checks.check(!BUILT_IN_EVENTS.contains(kind), TYPE, null, "events", kind,
          "is the name of one of the library's own event kinds; declare a kind under another name");
    }
  }

  /** This vocabulary with one more attribute of {@code owner}. */
  public Vocabulary withAttribute(AttributeOwner owner, String name, AttributeDeclaration declaration) {
    requireNew(attributes(owner).containsKey(name), owner.name().toLowerCase(Locale.ROOT), name);
    Builder builder = builder().from(this);
    switch (owner) {
      case INSTITUTION -> builder.putInstitution(name, declaration);
      case STUDENT -> builder.putStudent(name, declaration);
      case TUTOR -> builder.putTutor(name, declaration);
      case AGREEMENT -> builder.putAgreement(name, declaration);
      case CANDIDACY -> builder.putCandidacy(name, declaration);
      case TEAM -> builder.putTeam(name, declaration);
    }
    return builder.build();
  }

  /** This vocabulary with one more declared event kind. */
  public Vocabulary withEvent(String kind, EventKindDeclaration declaration) {
    requireNew(events().containsKey(kind), "events", kind);
    return builder().from(this).putEvent(kind, declaration).build();
  }

  /**
   * This vocabulary with one more kind of relation between people.
   *
   * @since 0.2.0
   */
  public Vocabulary withRelation(String kind, String meaning) {
    requireNew(relations().containsKey(kind), "relations", kind);
    return builder().from(this).putRelation(kind, meaning).build();
  }

  private static void requireNew(boolean declared, String field, String name) {
    Checks.check(!declared, TYPE, null, field, name, "is already declared; a vocabulary declares each name once");
  }

  /** The attributes {@code owner} may carry, by name. */
  public Map<String, AttributeDeclaration> attributes(AttributeOwner owner) {
    return switch (owner) {
      case INSTITUTION -> institution();
      case STUDENT -> student();
      case TUTOR -> tutor();
      case AGREEMENT -> agreement();
      case CANDIDACY -> candidacy();
      case TEAM -> team();
    };
  }

  /** The declared event kind {@code kind}, if there is one. */
  public Optional<EventKindDeclaration> event(String kind) {
    return Optional.ofNullable(events().get(Objects.requireNonNull(kind, "kind")));
  }

  /** Whether it declares nothing. */
  @JsonIgnore
  public boolean isEmpty() {
    return institution().isEmpty() && student().isEmpty() && tutor().isEmpty() && agreement().isEmpty()
        && candidacy().isEmpty() && team().isEmpty()
        && events().isEmpty() && relations().isEmpty();
  }

  /** Builds a {@link Vocabulary}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableVocabulary.Builder {
    Builder() {}
  }

  /**
   * Checks the attributes of one party against the declarations of {@code owner}.
   *
   * @param type the party's type, for the error, e.g. {@code Tutor}
   * @param id the party's id, for the error
   * @throws ValidationException naming the type, id, attribute, value and the rule broken, for an
   *     attribute not declared or a value not of its type
   */
  public void check(AttributeOwner owner, String type, Object id, Map<String, String> attributes) {
    Map<String, AttributeDeclaration> declared = attributes(owner);
    attributes.forEach((name, value) -> {
      AttributeDeclaration declaration = declared.get(name);
      if (declaration == null) {
        throw new ValidationException(type, id, "attributes." + name, value,
            "is not declared in the vocabulary for " + owner.name().toLowerCase(java.util.Locale.ROOT)
                + (declared.isEmpty() ? ", which declares none" : "; declared: " + declared.keySet()));
      }
      declaration.problemWith(value).ifPresent(problem -> {
        throw new ValidationException(type, id, "attributes." + name, value, problem);
      });
    });
  }
}
