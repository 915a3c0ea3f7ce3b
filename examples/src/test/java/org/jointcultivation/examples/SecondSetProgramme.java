package org.jointcultivation.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jointcultivation.core.agreement.AgreementId;
import org.jointcultivation.core.agreement.Candidacy;
import org.jointcultivation.core.agreement.CooperationAgreement;
import org.jointcultivation.core.agreement.CooperationForm;
import org.jointcultivation.core.agreement.DualTutorAssignment;
import org.jointcultivation.core.agreement.TutorRole;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.DeclaredEvent;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.json.PolicyPackFiles;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.core.party.DegreeType;
import org.jointcultivation.core.party.Institution;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.party.InstitutionKind;
import org.jointcultivation.core.party.Student;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.StudyLevel;
import org.jointcultivation.core.party.StudyMode;
import org.jointcultivation.core.party.Tutor;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.party.TutorTitle;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.vocabulary.Vocabulary;
import org.jointcultivation.rules.RuleEngine;

/**
 * A small programme for the second set of regulations (REGULATIONS-2): a university, a partner
 * institute and their agreement; students and tutors are added per scenario, each student with a
 * team of its first and second tutor. Built with the second set's vocabulary.
 */
final class SecondSetProgramme {
  static final InstitutionId UNIVERSITY = InstitutionId.of("U");
  static final InstitutionId INSTITUTE = InstitutionId.of("I");
  static final AgreementId AGREEMENT = AgreementId.of("AG");
  static final Vocabulary VOCABULARY = vocabulary();

  private final Map<InstitutionId, Institution> institutions = new LinkedHashMap<>();
  private final Map<TutorId, Tutor> tutors = new LinkedHashMap<>();
  private final List<Student> students = new ArrayList<>();
  private final List<DualTutorAssignment> assignments = new ArrayList<>();
  private final List<CultivationEvent> events = new ArrayList<>();
  private int nextEvent = 1;

  SecondSetProgramme() {
    institution(UNIVERSITY, InstitutionKind.UNIVERSITY, Map.of());
    institution(INSTITUTE, InstitutionKind.RESEARCH_INSTITUTE, Map.of());
    tutor("T1", Map.of());
    tutor("T2", Map.of());
  }

  private static Vocabulary vocabulary() {
    InputStream file = SecondSetProgramme.class.getResourceAsStream("/regulations/second-set/vocabulary.yaml");
    if (file == null) {
      throw new IllegalStateException("no second-set vocabulary on the class path");
    }
    try (Reader reader = new InputStreamReader(file, StandardCharsets.UTF_8)) {
      return PolicyPackFiles.readVocabulary(reader, "regulations/second-set/vocabulary.yaml",
          PolicyPackFiles.Format.YAML);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An engine of the second set's pack file {@code name}, with its vocabulary. */
  static RuleEngine engine(String name) {
    PolicyPack pack = CompareRegulations.load("second-set/" + name);
    return RuleEngine.builder().vocabulary(VOCABULARY).addPack(pack).build();
  }

  SecondSetProgramme institution(InstitutionId id, InstitutionKind kind, Map<String, String> attributes) {
    return institution(id, kind, attributes, "AU");
  }

  SecondSetProgramme institution(InstitutionId id, InstitutionKind kind, Map<String, String> attributes,
      String country) {
    institutions.put(id, Institution.builder().id(id).name("Institution " + id).kind(kind).region("Region")
        .country(country).attributes(attributes).build());
    return this;
  }

  /** A unit of {@code parent}, such as a degree programme of a university. */
  SecondSetProgramme unit(InstitutionId id, InstitutionId parent) {
    institutions.put(id, Institution.builder().id(id).name("Programme " + id).kind(InstitutionKind.UNIVERSITY)
        .region("Region").country("CN").parent(parent).build());
    return this;
  }

  SecondSetProgramme tutor(String id, Map<String, String> attributes) {
    return tutor(id, UNIVERSITY, TutorTitle.PROFESSOR, attributes);
  }

  SecondSetProgramme tutor(String id, InstitutionId home, TutorTitle title, Map<String, String> attributes) {
    tutors.put(TutorId.of(id), Tutor.builder().id(TutorId.of(id)).name("Tutor " + id).homeInstitution(home)
        .title(title).attributes(attributes).build());
    return this;
  }

  /** {@code student}'s team ends on {@code end}. */
  SecondSetProgramme teamEnds(String student, LocalDate end) {
    for (int i = 0; i < assignments.size(); i++) {
      if (assignments.get(i).student().equals(StudentId.of(student))) {
        assignments.set(i, DualTutorAssignment.builder().from(assignments.get(i)).endDate(end).build());
      }
    }
    return this;
  }

  /** A student starting on {@code start}, supervised by {@code first} and {@code second} from then on. */
  SecondSetProgramme student(String id, StudyLevel level, DegreeType degree, StudyMode mode, LocalDate start,
      String first, String second) {
    StudentId student = StudentId.of(id);
    students.add(Student.builder().id(student).name("Student " + id).level(level).degreeType(degree)
        .studyMode(mode).startDate(start).build());
    assignments.add(DualTutorAssignment.builder().student(student).agreement(AGREEMENT)
        .firstTutor(TutorId.of(first)).secondTutor(TutorId.of(second)).firstTutorRole(TutorRole.THEORETICAL)
        .startDate(start).build());
    return this;
  }

  /** A doctoral, full-time student supervised by T1 and T2. */
  SecondSetProgramme student(String id, LocalDate start) {
    return student(id, StudyLevel.DOCTORAL, DegreeType.ACADEMIC, StudyMode.FULL_TIME, start, "T1", "T2");
  }

  /** A declared event of {@code kind} about {@code student}, with {@code fields}. */
  SecondSetProgramme declared(String kind, LocalDate date, String student, Map<String, String> fields) {
    return add(DeclaredEvent.builder().id(EventId.of("E-" + nextEvent++)).date(date).kind(kind)
        .student(StudentId.of(student)).fields(fields).build());
  }

  SecondSetProgramme add(CultivationEvent event) {
    events.add(event);
    return this;
  }

  CultivationRecord record() {
    LocalDate earliest = students.stream().map(Student::startDate).min(LocalDate::compareTo)
        .orElse(LocalDate.of(2024, 1, 1));
    CultivationRecord.Builder builder = CultivationRecord.builder().vocabulary(VOCABULARY);
    institutions.values().forEach(builder::addInstitution);
    tutors.values().forEach(builder::addTutor);
    builder.addAgreement(CooperationAgreement.builder().id(AGREEMENT).title("Joint programme")
        .form(CooperationForm.UNIVERSITY_RESEARCH_INSTITUTE).addParties(UNIVERSITY, INSTITUTE)
        .startDate(earliest.minusYears(1)).build());
    for (Student student : students) {
      builder.addStudent(student).addCandidacy(Candidacy.builder().student(student.id()).agreement(AGREEMENT)
          .homeInstitution(UNIVERSITY).hostInstitution(INSTITUTE).startDate(student.startDate()).build());
    }
    assignments.forEach(builder::addAssignment);
    return builder.addEvents(events).build();
  }
}
