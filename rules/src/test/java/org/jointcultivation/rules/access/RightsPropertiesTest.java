package org.jointcultivation.rules.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.jointcultivation.core.agreement.DualTutorAssignment;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.FeedbackSubmitted;
import org.jointcultivation.core.event.HealthAdjustmentRequested;
import org.jointcultivation.core.party.Administrator;
import org.jointcultivation.core.party.AdministratorId;
import org.jointcultivation.core.party.AdministratorRole;
import org.jointcultivation.core.party.Institution;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.testing.Cohort;
import org.jointcultivation.core.testing.CohortGenerator;
import org.junit.jupiter.api.Test;

/** Properties of the standard rights over a generated cohort, 10⁴ cases each. */
class RightsPropertiesTest {
  private static final int CASES = 10_000;
  private static final Cohort COHORT = CohortGenerator.generate(2026, 60);
  private static final CultivationRecord RECORD = withAdministrators(COHORT);
  private static final LocalDate AS_OF = COHORT.asOf().minusYears(1);
  private static final AccessControl ACCESS = AccessControl.standard();
  private static final List<PersonId> PEOPLE = people(RECORD);
  private static final List<CultivationEvent> SENSITIVE = RECORD.events().stream()
      .filter(e -> e instanceof FeedbackSubmitted || e instanceof HealthAdjustmentRequested)
      .filter(e -> !e.date().isAfter(AS_OF)).toList();

  @Test
  void sensitiveRecords_neverVisibleOutsideTheStudentsTeamAndInstitutions() {
    assertTrue(SENSITIVE.size() > 50, "the cohort has feedback and health requests to protect");
    java.util.concurrent.atomic.AtomicInteger allowed = new java.util.concurrent.atomic.AtomicInteger();
    qt().withExamples(CASES).withShrinkCycles(0)
        .forAll(integers().between(0, PEOPLE.size() - 1), integers().between(0, SENSITIVE.size() - 1))
        .checkAssert((p, e) -> {
          PersonId who = PEOPLE.get(p);
          CultivationEvent event = SENSITIVE.get(e);
          AccessDecision decision = ACCESS.decide(RECORD, AS_OF, who, AccessControl.viewActionFor(event, RECORD),
              Resource.event(event.id()));
          if (decision.allowed()) {
            allowed.incrementAndGet();
            StudentId student = event.references().students().iterator().next();
            assertTrue(insiders(student).contains(who), decision.explanation());
          }
        });
    assertTrue(allowed.get() > 0, "some sensitive views are allowed, so the property is not vacuous");
  }

  @Test
  void forbidAlwaysBeatsPermit_andDefaultIsDeny() {
    qt().withExamples(CASES).withShrinkCycles(0)
        .forAll(lists().of(integers().between(0, 2)).ofSizeBetween(0, 8), integers().between(0, PEOPLE.size() - 1))
        .checkAssert((effects, p) -> {
          List<AccessPolicy> policies = new ArrayList<>();
          for (int i = 0; i < effects.size(); i++) {
            policies.add(constant("p" + i, effects.get(i)));
          }
          AccessDecision decision = AccessControl.of(policies).decide(RECORD, AS_OF, PEOPLE.get(p),
              Action.VIEW_STUDENT_RECORD, Resource.student(COHORT.students().get(0).id()));
          boolean anyForbid = effects.contains(2);
          boolean anyPermit = effects.contains(1);
          assertEquals(!anyForbid && anyPermit, decision.allowed());
          assertTrue(decision.determining().stream().allMatch(v ->
              v.effect() == (decision.allowed() ? Verdict.Effect.PERMIT : Verdict.Effect.FORBID)));
        });
  }

  /** An event is in a view when decide allows it and every event it refers to. */
  @Test
  void filteredView_containsExactlyWhatDecideAllows() {
    Map<PersonId, Set<EventId>> views = new HashMap<>();
    Random random = new Random(7);
    List<PersonId> sample = new ArrayList<>(PEOPLE);
    Collections.shuffle(sample, random);
    List<PersonId> principals = sample.subList(0, 25);
    for (PersonId who : principals) {
      Set<EventId> visible = new HashSet<>();
      ACCESS.filter(RECORD, AS_OF, who).events().forEach(e -> visible.add(e.id()));
      views.put(who, visible);
    }
    List<CultivationEvent> events = RECORD.events();
    qt().withExamples(CASES).withShrinkCycles(0)
        .forAll(integers().between(0, principals.size() - 1), integers().between(0, events.size() - 1))
        .checkAssert((p, e) -> {
          PersonId who = principals.get(p);
          CultivationEvent event = events.get(e);
          boolean allowed = ACCESS.decide(RECORD, AS_OF, who, AccessControl.viewActionFor(event, RECORD),
              Resource.event(event.id())).allowed()
              && event.references().events().stream().allMatch(id -> RECORD.event(id).map(referred ->
                  ACCESS.decide(RECORD, AS_OF, who, AccessControl.viewActionFor(referred, RECORD), Resource.event(id)).allowed())
                  .orElse(false));
          assertEquals(allowed, views.getOrDefault(who, Set.of()).contains(event.id()), who + " " + event.id());
        });
  }

  @Test
  void decisions_doNotDependOnPolicyOrder() {
    List<AccessPolicy> standard = new ArrayList<>(ACCESS.policies());
    standard.add(constant("extra-permit", 1));
    standard.add(constant("extra-none", 0));
    List<Action> actions = List.of(Action.values());
    qt().withExamples(CASES).withShrinkCycles(0)
        .forAll(integers().between(0, PEOPLE.size() - 1), integers().between(0, actions.size() - 1),
            integers().between(0, SENSITIVE.size() - 1), integers().all())
        .checkAssert((p, a, e, seed) -> {
          List<AccessPolicy> shuffled = new ArrayList<>(standard);
          Collections.shuffle(shuffled, new Random(seed));
          Resource resource = Resource.event(SENSITIVE.get(e).id());
          AccessDecision inOrder = AccessControl.of(standard).decide(RECORD, AS_OF, PEOPLE.get(p), actions.get(a), resource);
          AccessDecision reordered = AccessControl.of(shuffled).decide(RECORD, AS_OF, PEOPLE.get(p), actions.get(a), resource);
          assertEquals(inOrder, reordered);
        });
  }

  /** The student, every tutor ever on their team, and administrators of their home or host institution. */
  private static Set<PersonId> insiders(StudentId student) {
    Set<PersonId> insiders = new HashSet<>();
    insiders.add(student);
    for (DualTutorAssignment assignment : RECORD.assignmentsOf(student)) {
      insiders.addAll(assignment.team());
    }
    RECORD.candidacy(student).ifPresent(c -> RECORD.administrators().stream()
        .filter(a -> a.institution().equals(c.homeInstitution()) || c.hostInstitution().equals(Optional.of(a.institution())))
        .forEach(a -> insiders.add(a.id())));
    return insiders;
  }

  private static AccessPolicy constant(String id, int effect) {
    return RightsFixture.policy(id, () -> switch (effect) {
      case 1 -> Optional.of(Verdict.permit(id, "permits"));
      case 2 -> Optional.of(Verdict.forbid(id, "forbids"));
      default -> Optional.empty();
    });
  }

  static CultivationRecord withAdministrators(Cohort cohort) {
    CultivationRecord.Builder builder = cohort.builder();
    for (Institution institution : cohort.institutions()) {
      for (AdministratorRole role : AdministratorRole.values()) {
        builder.addAdministrator(Administrator.builder()
            .id(AdministratorId.of("A-" + institution.id() + "-" + role)).name(role + " of " + institution.id())
            .institution(institution.id()).addRole(role).build());
      }
    }
    return builder.build();
  }

  static List<PersonId> people(CultivationRecord record) {
    List<PersonId> people = new ArrayList<>();
    record.students().forEach(s -> people.add(s.id()));
    record.tutors().forEach(t -> people.add(t.id()));
    record.administrators().forEach(a -> people.add(a.id()));
    return people;
  }
}
