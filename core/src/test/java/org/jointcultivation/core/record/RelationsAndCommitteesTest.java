package org.jointcultivation.core.record;

import static org.jointcultivation.core.testing.SampleProgramme.COLLEAGUE;
import static org.jointcultivation.core.testing.SampleProgramme.OUTSIDER;
import static org.jointcultivation.core.testing.SampleProgramme.PRACTICAL;
import static org.jointcultivation.core.testing.SampleProgramme.START;
import static org.jointcultivation.core.testing.SampleProgramme.STUDENT;
import static org.jointcultivation.core.testing.SampleProgramme.THEORETICAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jointcultivation.core.ValidationException;
import org.jointcultivation.core.event.CommitteeConvened;
import org.jointcultivation.core.event.CommitteeMember;
import org.jointcultivation.core.event.CommitteeRole;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.Vote;
import org.jointcultivation.core.json.CultivationJson;
import org.jointcultivation.core.party.Administrator;
import org.jointcultivation.core.party.AdministratorId;
import org.jointcultivation.core.party.AdministratorRole;
import org.jointcultivation.core.party.Relation;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.testing.SampleProgramme;
import org.jointcultivation.core.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

/** Dated relations between people, and committees as acts with members, roles and votes. */
class RelationsAndCommitteesTest {
  private static final Vocabulary RELATIONS = Vocabulary.builder()
      .putRelation("FAMILY", "related by blood or marriage")
      .putRelation("FORMER_PARTNER", "formerly in a personal relationship").build();

  private static Relation relation(String kind, TutorId tutor, StudentId student, LocalDate from) {
    return Relation.builder().kind(kind).person(tutor).other(student).startDate(from).build();
  }

  @Test
  void relations_areKeptByPerson_inDateOrder_andSurviveJson() {
    Relation family = relation("FAMILY", THEORETICAL, STUDENT, START.minusYears(20));
    Relation former = Relation.builder().kind("FORMER_PARTNER").person(STUDENT).other(COLLEAGUE)
        .startDate(START.minusYears(2)).endDate(START.minusYears(1)).build();
    CultivationRecord record = SampleProgramme.builder().vocabulary(RELATIONS).addRelation(former).addRelation(family)
        .build();

    assertEquals(List.of(family, former), record.relationsOf(STUDENT));
    assertEquals(List.of(former), record.relationsOf(COLLEAGUE));
    assertEquals(List.of(), record.relationsOf(PRACTICAL));
    assertEquals(COLLEAGUE, former.otherThan(STUDENT));
    assertTrue(former.holdsOn(START.minusYears(1)));
    assertTrue(!former.holdsOn(START), "it ended the year before");
    assertEquals(record, CultivationJson.fromJson(CultivationJson.toJson(record), CultivationRecord.class));
    assertTrue(!CultivationJson.toJson(SampleProgramme.record()).contains("relations"),
        "a record without relations writes as before");
    Administrator office = Administrator.builder().id(AdministratorId.of("A-1")).name("Programme office")
        .institution(SampleProgramme.COLLEGE).addRoles(AdministratorRole.PROGRAMME_OFFICE).build();
    CultivationRecord withOffice = record.toBuilder().addAdministrator(office).build();
    assertEquals(List.of(family, former), withOffice.relationsOf(STUDENT), "toBuilder keeps relations");
    assertEquals(RELATIONS, withOffice.vocabulary(), "and the vocabulary");
    assertEquals(withOffice, withOffice.withoutEvents().toBuilder().build(), "and administrators");
  }

  @Test
  void aRelationOfAnUndeclaredKind_orToAnUnknownPerson_isRefusedByName() {
    ValidationException undeclared = assertThrows(ValidationException.class, () -> SampleProgramme.builder()
        .vocabulary(RELATIONS).addRelation(relation("FAMLY", THEORETICAL, STUDENT, START)).build());
    assertEquals("kind", undeclared.field());
    assertEquals("is not a kind of relation the vocabulary declares; declared: [FAMILY, FORMER_PARTNER]",
        undeclared.rule());

    ValidationException unknown = assertThrows(ValidationException.class, () -> SampleProgramme.builder()
        .vocabulary(RELATIONS).addRelation(relation("FAMILY", TutorId.of("T-NOBODY"), STUDENT, START)).build());
    assertEquals("person", unknown.field());
    assertTrue(unknown.getMessage().contains("T-NOBODY"), unknown.getMessage());

    assertThrows(ValidationException.class, () -> Relation.builder().kind("FAMILY").person(STUDENT).other(STUDENT)
        .startDate(START).build());
    ValidationException backwards = assertThrows(ValidationException.class, () -> Relation.builder().kind("FAMILY")
        .person(STUDENT).other(THEORETICAL).startDate(START).endDate(START.minusDays(1)).build());
    assertEquals("endDate", backwards.field());
  }

  private static CommitteeConvened.Builder defence() {
    return CommitteeConvened.builder().id(EventId.of("C-1")).date(START.plusYears(3)).student(STUDENT)
        .purpose("DEFENCE");
  }

  @Test
  void aCommittee_namesItsMembers_andIsIndexedUnderEachOfThem() {
    CommitteeConvened committee = defence()
        .addMembers(CommitteeMember.voting(OUTSIDER, CommitteeRole.CHAIR, Vote.IN_FAVOUR))
        .addMembers(CommitteeMember.voting(COLLEAGUE, CommitteeRole.MEMBER, Vote.AGAINST))
        .addMembers(CommitteeMember.of(THEORETICAL, CommitteeRole.ATTENDEE))
        .outcome("DEGREE_RECOMMENDED").build();
    CultivationRecord record = SampleProgramme.builder().addEvent(committee).build();
    assertEquals(List.of(committee), record.eventsOf(OUTSIDER));
    assertEquals(List.of(committee), record.eventsOf(STUDENT));
    assertEquals(Optional.of(committee), record.event(EventId.of("C-1")));
    assertEquals(record, CultivationJson.fromJson(CultivationJson.toJson(record), CultivationRecord.class));
  }

  @Test
  void aCommittee_thatContradictsItself_isRefused() {
    ValidationException twoChairs = assertThrows(ValidationException.class, () -> defence()
        .addMembers(CommitteeMember.of(OUTSIDER, CommitteeRole.CHAIR), CommitteeMember.of(COLLEAGUE, CommitteeRole.CHAIR))
        .build());
    assertEquals("has at most one chair", twoChairs.rule());
    ValidationException twice = assertThrows(ValidationException.class, () -> defence()
        .addMembers(CommitteeMember.of(OUTSIDER, CommitteeRole.CHAIR), CommitteeMember.of(OUTSIDER, CommitteeRole.MEMBER))
        .build());
    assertEquals("sits only once", twice.rule());
    ValidationException attendeeVotes = assertThrows(ValidationException.class,
        () -> CommitteeMember.voting(THEORETICAL, CommitteeRole.ATTENDEE, Vote.IN_FAVOUR));
    assertEquals("vote", attendeeVotes.field());
    assertThrows(ValidationException.class, () -> defence().build(), "no members");
    assertThrows(ValidationException.class, () -> defence().addMembers(CommitteeMember.of(STUDENT, CommitteeRole.MEMBER))
        .build(), "the candidate on their own committee");
    ValidationException unknown = assertThrows(ValidationException.class, () -> SampleProgramme.builder()
        .addEvent(defence().addMembers(CommitteeMember.of(TutorId.of("T-NOBODY"), CommitteeRole.CHAIR)).build())
        .build());
    assertTrue(unknown.getMessage().contains("T-NOBODY"), unknown.getMessage());
  }
}
