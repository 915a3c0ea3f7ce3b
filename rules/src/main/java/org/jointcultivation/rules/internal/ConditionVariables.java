package org.jointcultivation.rules.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jointcultivation.core.agreement.CooperationAgreement;
import org.jointcultivation.core.agreement.DualTutorAssignment;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.CommitteeConvened;
import org.jointcultivation.core.event.CommitteeMember;
import org.jointcultivation.core.event.DeclaredEvent;
import org.jointcultivation.core.party.Administrator;
import org.jointcultivation.core.party.AdministratorId;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.Relation;
import org.jointcultivation.core.party.Institution;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.party.Student;
import org.jointcultivation.core.party.Tutor;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.vocabulary.AttributeDeclaration;
import org.jointcultivation.core.vocabulary.AttributeOwner;
import org.jointcultivation.core.vocabulary.Vocabulary;
import org.jointcultivation.rules.Subject;
import org.jointcultivation.rules.spi.RuleScope;
import org.jointcultivation.rules.spi.SubjectFacts;

/**
 * What a condition sees, by the scope of its rule. Every party is a map of its built-in fields
 * (enumerations by name, dates as ISO text) and its vocabulary attributes (whole numbers, decimals,
 * booleans, text; dates and periods as ISO text); {@code asOf} is the day of evaluation.
 *
 * <ul>
 *   <li>per student: {@code student}, {@code candidacy} and {@code assignment} (the team's own facts
 *       on the day; each empty if none), {@code home}, {@code host} (empty if none), {@code agreement}
 *       (empty if none) and {@code team}, the tutors assigned on the day, each with its {@code
 *       position} ({@code FIRST}, {@code SECOND}, {@code ADDITIONAL});
 *   <li>per student and per tutor, {@code relations}: the dated relations the subject is in, each
 *       with {@code kind}, {@code with} (the other person's id), {@code startDate}, {@code endDate};
 *   <li>per tutor: {@code tutor} and {@code home}; a tutor's {@code assignments} list every team they
 *       were in ({@code student}, {@code position}, {@code startDate}, {@code endDate} if ended);
 *   <li>per agreement: {@code agreement} and {@code parties};
 *   <li>per institution: {@code institution} and {@code parent} (empty if it is no unit);
 *   <li>in every scope, {@code events}: the subject's events up to the day, in date order, each a
 *       map of its JSON fields ({@code type} is its type, or its declared kind; a declared event's
 *       fields are typed by the vocabulary and sit beside {@code id} and {@code date}).
 * </ul>
 */
public final class ConditionVariables {
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      org.jointcultivation.core.json.CultivationJson.newMapper();
  static final Set<String> STUDENT_FIELDS =
      Set.of("id", "name", "level", "degreeType", "studyMode", "startDate", "freshGraduate");
  static final Set<String> TUTOR_FIELDS = Set.of("id", "name", "title", "homeInstitution", "admissionStatus",
      "qualifications", "supervisingSince", "position", "assignments");
  static final Set<String> INSTITUTION_FIELDS = Set.of("id", "name", "kind", "tier", "region", "country", "parent");
  static final Set<String> AGREEMENT_FIELDS = Set.of("id", "title", "form", "startDate", "endDate");
  static final Set<String> CANDIDACY_FIELDS = Set.of("agreement", "homeInstitution", "hostInstitution", "startDate",
      "endDate");
  static final Set<String> ASSIGNMENT_FIELDS = Set.of("firstTutor", "secondTutor", "firstTutorRole",
      "personInCharge", "startDate", "endDate");

  private ConditionVariables() {}

  /** The variables of {@code scope}, besides {@code asOf}. */
  static List<String> variables(RuleScope scope) {
    return switch (scope) {
      case STUDENT -> List.of("student", "candidacy", "home", "host", "agreement", "team", "assignment", "relations",
          "events");
      case TUTOR -> List.of("tutor", "home", "relations", "events");
      case AGREEMENT -> List.of("agreement", "parties", "events");
      case INSTITUTION -> List.of("institution", "parent", "events");
    };
  }

  /**
   * Worked out once per subject and evaluation: every condition and requirement of a subject reads
   * the same variables. Weak, identity-keyed: gone with the evaluation's facts.
   */
  private static final java.util.concurrent.ConcurrentMap<SubjectFacts, Map<String, Object>> BY_FACTS =
      new com.google.common.collect.MapMaker().weakKeys().makeMap();

  /** The variables for the subject of {@code facts}; callers add to a copy, never to this map. */
  public static Map<String, Object> of(SubjectFacts facts) {
    return BY_FACTS.computeIfAbsent(facts, ConditionVariables::make);
  }

  private static Map<String, Object> make(SubjectFacts facts) {
    CultivationRecord record = facts.record();
    Vocabulary vocabulary = record.vocabulary();
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("asOf", facts.asOf().toString());
    List<CultivationEvent> happened = new ArrayList<>();
    for (CultivationEvent event : facts.events()) {
      if (!event.date().isAfter(facts.asOf())) {
        happened.add(event);
      }
    }
    variables.put("events", new LazyEvents(happened, record));
    Subject subject = facts.subject();
    if (subject instanceof Subject.Student s) {
      Student student = record.student(s.id()).orElseThrow();
      variables.put("student", student(student, vocabulary));
      Optional<org.jointcultivation.core.agreement.Candidacy> candidacy = record.candidacy(s.id());
      variables.put("home", institution(record, candidacy.map(c -> c.homeInstitution()), vocabulary));
      variables.put("host", institution(record, candidacy.flatMap(c -> c.hostInstitution()), vocabulary));
      variables.put("agreement", facts.agreement().map(a -> agreement(a, vocabulary)).orElse(Map.of()));
      List<Map<String, Object>> team = new ArrayList<>();
      facts.teamOn(facts.asOf()).ifPresent(assignment -> {
        for (TutorId id : assignment.team()) {
          record.tutor(id).ifPresent(tutor -> team.add(tutor(tutor, position(assignment, id), record)));
        }
      });
      variables.put("team", team);
      variables.put("candidacy", candidacy.map(c -> candidacy(c, vocabulary)).orElse(Map.of()));
      variables.put("assignment", facts.teamOn(facts.asOf()).map(a -> assignment(a, vocabulary)).orElse(Map.of()));
      variables.put("relations", relations(record, s.id()));
    } else if (subject instanceof Subject.Tutor t) {
      Tutor tutor = record.tutor(t.id()).orElseThrow();
      variables.put("tutor", tutor(tutor, Optional.empty(), record));
      variables.put("home", institution(record, Optional.of(tutor.homeInstitution()), vocabulary));
      variables.put("relations", relations(record, t.id()));
    } else if (subject instanceof Subject.Institution i) {
      Optional<InstitutionId> parent = record.institution(i.id()).flatMap(Institution::parent);
      variables.put("institution", institution(record, Optional.of(i.id()), vocabulary));
      variables.put("parent", institution(record, parent, vocabulary));
    } else if (subject instanceof Subject.Agreement a) {
      CooperationAgreement agreement = record.agreement(a.id()).orElseThrow();
      variables.put("agreement", agreement(agreement, vocabulary));
      List<Map<String, Object>> parties = new ArrayList<>();
      agreement.parties().forEach(id -> parties.add(institution(record, Optional.of(id), vocabulary)));
      variables.put("parties", parties);
    }
    return java.util.Collections.unmodifiableMap(variables);
  }

  /**
   * The event as conditions see it: its JSON fields, {@code type} its type's name (or, for a
   * declared event, its declared kind), and a declared event's fields typed, beside {@code id} and
   * {@code date}, with {@code people}, the tutors it names as tutor maps.
   */
  public static Map<String, Object> event(CultivationEvent event, CultivationRecord record) {
    Vocabulary vocabulary = record.vocabulary();
    @SuppressWarnings("unchecked")
    Map<String, Object> json = JSON.convertValue(event, Map.class);
    Map<String, Object> map = new LinkedHashMap<>();
    json.forEach((name, value) -> map.put(name, celJson(value)));
    if (event instanceof DeclaredEvent declared) {
      map.remove("fields");
      map.put("type", declared.kind());
      Map<String, AttributeDeclaration> fields = vocabulary.event(declared.kind())
          .map(kind -> kind.fields()).orElse(Map.of());
      declared.fields().forEach((name, text) -> {
        AttributeDeclaration field = fields.get(name);
        map.put(name, field == null ? text : celValue(field.type().value(text)));
      });
      // The people it names, with their attributes: committee members, experts, reviewers.
      List<Map<String, Object>> people = new ArrayList<>();
      declared.tutors().forEach(id -> record.tutor(id).ifPresent(t -> people.add(tutor(t, Optional.empty(), record))));
      map.put("people", people);
    } else if (event instanceof CommitteeConvened committee) {
      map.put("members", members(committee, record));
    }
    return map;
  }

  /**
   * A committee's members as conditions see them: each a person's map (a tutor's fields and
   * attributes, or an administrator's id and name) with {@code role}, {@code vote} if any, {@code
   * supervisor} (in the student's team that day) and {@code external} (not of the student's home
   * institution).
   */
  private static List<Map<String, Object>> members(CommitteeConvened committee, CultivationRecord record) {
    Set<PersonId> team = record.assignmentOn(committee.student(), committee.date())
        .map(a -> Set.<PersonId>copyOf(a.team())).orElse(Set.of());
    Optional<InstitutionId> home = record.candidacy(committee.student()).map(c -> c.homeInstitution());
    List<Map<String, Object>> members = new ArrayList<>();
    for (CommitteeMember member : committee.members()) {
      Map<String, Object> map = new LinkedHashMap<>();
      Optional<InstitutionId> institution = Optional.empty();
      if (member.person() instanceof TutorId id && record.tutor(id).isPresent()) {
        Tutor tutor = record.tutor(id).orElseThrow();
        map.putAll(tutor(tutor, Optional.empty(), record));
        institution = Optional.of(tutor.homeInstitution());
      } else if (member.person() instanceof AdministratorId id && record.administrator(id).isPresent()) {
        Administrator administrator = record.administrator(id).orElseThrow();
        map.put("id", id.value());
        map.put("name", administrator.name());
        map.put("homeInstitution", administrator.institution().value());
        institution = Optional.of(administrator.institution());
      } else {
        map.put("id", member.person().value());
      }
      map.put("role", member.role().name());
      member.vote().ifPresent(vote -> map.put("vote", vote.name()));
      map.put("supervisor", team.contains(member.person()));
      map.put("external", institution.isPresent() && !institution.equals(home));
      members.add(map);
    }
    return members;
  }

  /**
   * The relations {@code person} is in, as conditions see them: {@code kind}, {@code with} (the
   * other person's id), {@code startDate} and, if it ended, {@code endDate}.
   */
  private static List<Map<String, Object>> relations(CultivationRecord record, PersonId person) {
    List<Map<String, Object>> relations = new ArrayList<>();
    for (Relation relation : record.relationsOf(person)) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("kind", relation.kind());
      map.put("with", relation.otherThan(person).value());
      map.put("startDate", relation.startDate().toString());
      relation.endDate().ifPresent(day -> map.put("endDate", day.toString()));
      relations.add(map);
    }
    return relations;
  }

  /**
   * The subject's events as maps, each made when a condition first reads it: most conditions never
   * look at the events, and making a map of every event of every subject would cost more than the
   * rest of the evaluation.
   */
  private static final class LazyEvents extends java.util.AbstractList<Map<String, Object>> {
    private final List<CultivationEvent> events;
    private final CultivationRecord record;
    private final java.util.concurrent.atomic.AtomicReferenceArray<Map<String, Object>> made;

    LazyEvents(List<CultivationEvent> events, CultivationRecord record) {
      this.events = events;
      this.record = record;
      this.made = new java.util.concurrent.atomic.AtomicReferenceArray<>(events.size());
    }

    @Override
    public Map<String, Object> get(int index) {
      Map<String, Object> map = made.get(index);
      if (map == null) {
        map = event(events.get(index), record);
        made.set(index, map);
      }
      return map;
    }

    @Override
    public int size() {
      return events.size();
    }
  }

  /** JSON numbers as CEL's: whole numbers are {@code int}, others {@code double}. */
  private static Object celJson(Object value) {
    if (value instanceof Integer i) {
      return i.longValue();
    }
    if (value instanceof Number n && !(value instanceof Long) && !(value instanceof Double)) {
      return n.doubleValue();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(ConditionVariables::celJson).toList();
    }
    if (value instanceof Map<?, ?> nested) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      nested.forEach((k, v) -> copy.put(k, celJson(v)));
      return copy;
    }
    return value;
  }

  private static Optional<String> position(DualTutorAssignment assignment, TutorId tutor) {
    if (assignment.firstTutor().equals(tutor)) {
      return Optional.of("FIRST");
    }
    return Optional.of(assignment.secondTutor().equals(tutor) ? "SECOND" : "ADDITIONAL");
  }

  /** The student {@code id} of {@code record}, as conditions see a student. */
  public static Map<String, Object> student(CultivationRecord record, org.jointcultivation.core.party.StudentId id) {
    return student(record.student(id).orElseThrow(), record.vocabulary());
  }

  private static Map<String, Object> student(Student student, Vocabulary vocabulary) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", student.id().value());
    map.put("name", student.name());
    map.put("level", student.level().name());
    map.put("degreeType", student.degreeType().name());
    map.put("studyMode", student.studyMode().name());
    map.put("startDate", student.startDate().toString());
    map.put("freshGraduate", student.freshGraduate());
    attributes(map, student.attributes(), vocabulary, AttributeOwner.STUDENT);
    return map;
  }

  private static Map<String, Object> tutor(Tutor tutor, Optional<String> position, CultivationRecord record) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", tutor.id().value());
    map.put("name", tutor.name());
    map.put("title", tutor.title().name());
    map.put("homeInstitution", tutor.homeInstitution().value());
    map.put("admissionStatus", tutor.admissionStatus().name());
    map.put("qualifications", List.copyOf(tutor.qualifications()));
    tutor.supervisingSince().ifPresent(day -> map.put("supervisingSince", day.toString()));
    position.ifPresent(p -> map.put("position", p));
    List<Map<String, Object>> assignments = new ArrayList<>();
    for (DualTutorAssignment assignment : record.assignmentsOfTutor(tutor.id())) {
      Map<String, Object> held = new LinkedHashMap<>();
      held.put("student", assignment.student().value());
      held.put("position", position(assignment, tutor.id()).orElseThrow());
      held.put("startDate", assignment.startDate().toString());
      assignment.endDate().ifPresent(day -> held.put("endDate", day.toString()));
      assignments.add(held);
    }
    map.put("assignments", assignments);
    attributes(map, tutor.attributes(), record.vocabulary(), AttributeOwner.TUTOR);
    return map;
  }

  private static Map<String, Object> institution(CultivationRecord record, Optional<InstitutionId> id,
      Vocabulary vocabulary) {
    Optional<Institution> found = id.flatMap(record::institution);
    if (found.isEmpty()) {
      return Map.of();
    }
    Institution institution = found.get();
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", institution.id().value());
    map.put("name", institution.name());
    map.put("kind", institution.kind().name());
    map.put("tier", institution.tier().name());
    map.put("region", institution.region());
    map.put("country", institution.country());
    institution.parent().ifPresent(parent -> map.put("parent", parent.value()));
    attributes(map, institution.attributes(), vocabulary, AttributeOwner.INSTITUTION);
    return map;
  }

  private static Map<String, Object> candidacy(org.jointcultivation.core.agreement.Candidacy candidacy,
      Vocabulary vocabulary) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("agreement", candidacy.agreement().value());
    map.put("homeInstitution", candidacy.homeInstitution().value());
    candidacy.hostInstitution().ifPresent(host -> map.put("hostInstitution", host.value()));
    map.put("startDate", candidacy.startDate().toString());
    candidacy.endDate().ifPresent(day -> map.put("endDate", day.toString()));
    attributes(map, candidacy.attributes(), vocabulary, AttributeOwner.CANDIDACY);
    return map;
  }

  private static Map<String, Object> assignment(DualTutorAssignment assignment, Vocabulary vocabulary) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("firstTutor", assignment.firstTutor().value());
    map.put("secondTutor", assignment.secondTutor().value());
    map.put("firstTutorRole", assignment.firstTutorRole().name());
    map.put("personInCharge", assignment.personInCharge().name());
    map.put("startDate", assignment.startDate().toString());
    assignment.endDate().ifPresent(day -> map.put("endDate", day.toString()));
    attributes(map, assignment.attributes(), vocabulary, AttributeOwner.TEAM);
    return map;
  }

  private static Map<String, Object> agreement(CooperationAgreement agreement, Vocabulary vocabulary) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", agreement.id().value());
    map.put("title", agreement.title());
    map.put("form", agreement.form().name());
    map.put("startDate", agreement.startDate().toString());
    agreement.endDate().ifPresent(day -> map.put("endDate", day.toString()));
    attributes(map, agreement.attributes(), vocabulary, AttributeOwner.AGREEMENT);
    return map;
  }

  private static void attributes(Map<String, Object> map, Map<String, String> attributes, Vocabulary vocabulary,
      AttributeOwner owner) {
    Map<String, AttributeDeclaration> declared = vocabulary.attributes(owner);
    attributes.forEach((name, text) -> {
      AttributeDeclaration declaration = declared.get(name);
      map.put(name, declaration == null ? text : celValue(declaration.type().value(text)));
    });
  }

  /** Dates and periods as ISO text: CEL has no date type, and ISO dates compare as text. */
  private static Object celValue(Object value) {
    return value instanceof LocalDate || value instanceof Period ? value.toString() : value;
  }
}
