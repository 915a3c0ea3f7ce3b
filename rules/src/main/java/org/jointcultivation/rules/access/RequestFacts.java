package org.jointcultivation.rules.access;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jointcultivation.core.agreement.AgreementId;
import org.jointcultivation.core.agreement.Candidacy;
import org.jointcultivation.core.agreement.CooperationAgreement;
import org.jointcultivation.core.agreement.DualTutorAssignment;
import org.jointcultivation.core.agreement.GoverningRegulationsClause;
import org.jointcultivation.core.event.AgreementTerminated;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.IncidentReported;
import org.jointcultivation.core.event.MeasureAppealed;
import org.jointcultivation.core.event.MeasureDecided;
import org.jointcultivation.core.event.ExemptionGranted;
import org.jointcultivation.core.event.MeasureProposed;
import org.jointcultivation.core.party.Administrator;
import org.jointcultivation.core.party.AdministratorId;
import org.jointcultivation.core.party.AdministratorRole;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.party.InstitutionKind;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.record.CultivationRecord;

/** What the standard policies need to know about a request, read from the record's live state. */
final class RequestFacts {
  final AccessRequest request;
  final CultivationRecord record;
  final LocalDate asOf;
  final PersonId principal;
  final Optional<CultivationEvent> event;
  /** The student whose record the resource belongs to, if any. */
  final Optional<StudentId> student;
  /** The person a measure or incident is about, if the resource is one, or the tutor resource. */
  final Optional<PersonId> subject;
  final Optional<AgreementId> agreement;
  /**
   * The day relationships are judged on: an event's own date for an event, so a team membership
   * or a placement grants access to the events of the period it held and no later, whatever day
   * is asked; the day asked for anything else.
   */
  final LocalDate relationDay;

  RequestFacts(AccessRequest request) {
    this.request = request;
    this.record = request.record();
    this.asOf = request.asOf();
    this.principal = request.principal();
    Resource resource = request.resource();
    this.event = resource instanceof Resource.OfEvent e ? record.event(e.id()) : Optional.empty();
    this.relationDay = event.map(CultivationEvent::date).orElse(asOf);
    // A measure about an institution or an agreement has no person as its subject: the standard
    // rights then grant it to no one (fail closed) unless a rights pack does.
    Optional<org.jointcultivation.core.party.PartyId> measureSubject = event.flatMap(RequestFacts::measureSubject);
    this.subject = measureSubject.filter(PersonId.class::isInstance).map(PersonId.class::cast)
        .or(() -> resource instanceof Resource.OfTutor t ? Optional.of(t.id()) : Optional.empty())
        .or(() -> resource instanceof Resource.OfStudent s ? Optional.of(s.id()) : Optional.empty());
    Optional<StudentId> ofResource = resource instanceof Resource.OfStudent s ? Optional.of(s.id()) : Optional.empty();
    this.student = ofResource
        .or(() -> measureSubject.filter(StudentId.class::isInstance).map(StudentId.class::cast))
        .or(() -> event.filter(e -> measureSubject.isEmpty())
            .flatMap(e -> e.references().students().stream().findFirst()));
    this.agreement = resource instanceof Resource.OfAgreement a ? Optional.of(a.id())
        : student.flatMap(this::agreementOf)
            .or(() -> event.flatMap(e -> e.references().agreements().stream().findFirst()));
  }

  private static Optional<org.jointcultivation.core.party.PartyId> measureSubject(CultivationEvent event) {
    if (event instanceof IncidentReported incident) {
      return Optional.of(incident.subject());
    } else if (event instanceof MeasureProposed proposed) {
      return Optional.of(proposed.subject());
    } else if (event instanceof MeasureDecided decided) {
      return Optional.of(decided.subject());
    } else if (event instanceof MeasureAppealed appealed) {
      return Optional.of(appealed.subject());
    } else if (event instanceof ExemptionGranted exemption) {
      return Optional.of(exemption.subject());
    }
    return Optional.empty();
  }

  Optional<AgreementId> agreementOf(StudentId id) {
    return record.agreementOf(id).map(CooperationAgreement::id);
  }

  /** The student's team on the relation day: the event's date, or the day asked. */
  Optional<DualTutorAssignment> team() {
    return student.flatMap(s -> record.assignmentOn(s, relationDay));
  }

  boolean principalIsStudent() {
    return student.map(principal::equals).orElse(false);
  }

  boolean principalInTeam() {
    return principal instanceof TutorId tutor && team().map(t -> t.team().contains(tutor)).orElse(false);
  }

  boolean principalIsLead() {
    return principal instanceof TutorId tutor && team().map(t -> t.leadTutor().equals(tutor)).orElse(false);
  }

  Optional<Administrator> administrator() {
    return principal instanceof AdministratorId id ? record.administrator(id) : Optional.empty();
  }

  boolean hasRole(AdministratorRole role) {
    return administrator().map(a -> a.roles().contains(role)).orElse(false);
  }

  /** The institution the principal works for. */
  Optional<InstitutionId> principalInstitution() {
    if (principal instanceof TutorId tutor) {
      return record.tutor(tutor).map(t -> t.homeInstitution());
    }
    return administrator().map(Administrator::institution);
  }

  boolean principalAtKind(InstitutionKind kind) {
    return principalInstitution().flatMap(record::institution).map(i -> i.kind() == kind).orElse(false);
  }

  Optional<InstitutionId> home() {
    return student.flatMap(record::candidacy).map(Candidacy::homeInstitution);
  }

  /** The student's home and host institutions. */
  Set<InstitutionId> studentInstitutions() {
    Set<InstitutionId> institutions = new HashSet<>();
    student.flatMap(record::candidacy).ifPresent(c -> {
      institutions.add(c.homeInstitution());
      c.hostInstitution().ifPresent(institutions::add);
    });
    return institutions;
  }

  /** Institutions hosting a placement of the student on the relation day. */
  Set<InstitutionId> placementHosts() {
    Set<InstitutionId> hosts = new HashSet<>();
    student.ifPresent(s -> record.placementsOf(s).stream()
        .filter(p -> !p.startDate().isAfter(relationDay) && p.endDate().map(end -> !end.isBefore(relationDay)).orElse(true))
        .forEach(p -> hosts.add(p.host())));
    return hosts;
  }

  /** Whose regulations govern the student, highest precedence first. */
  List<InstitutionId> governing() {
    return agreement.flatMap(record::agreement)
        .flatMap(a -> a.clauseOn(asOf, GoverningRegulationsClause.class)
            .or(() -> a.clauseOn(a.startDate(), GoverningRegulationsClause.class)))
        .map(GoverningRegulationsClause::precedence)
        .orElseGet(() -> home().map(List::of).orElse(List.of()));
  }

  /** The day the student's joint cultivation or the agreement was terminated, if on or before the day. */
  Optional<LocalDate> terminated() {
    Optional<LocalDate> ofStudent = student.flatMap(s -> record.eventsOf(s, AgreementTerminated.class).stream()
        .map(AgreementTerminated::date).filter(d -> !d.isAfter(asOf)).min(LocalDate::compareTo));
    Optional<LocalDate> ofAgreement = agreement.flatMap(a -> record.eventsOf(a).stream()
        .filter(e -> e instanceof AgreementTerminated t && t.student().isEmpty() && !t.date().isAfter(asOf))
        .map(CultivationEvent::date).min(LocalDate::compareTo));
    return ofStudent.isPresent() ? ofStudent : ofAgreement;
  }

  boolean principalIsPartyOf(AgreementId id) {
    return principalInstitution().flatMap(i -> record.agreement(id).map(a -> a.parties().contains(i))).orElse(false);
  }

  Optional<CooperationAgreement> agreementValue() {
    return agreement.flatMap(record::agreement);
  }
}
