package org.jointcultivation.core.testing;

import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.jointcultivation.core.Money;
import org.jointcultivation.core.agreement.AgreementClause;
import org.jointcultivation.core.agreement.AgreementId;
import org.jointcultivation.core.agreement.Amendment;
import org.jointcultivation.core.agreement.CooperationAgreement;
import org.jointcultivation.core.agreement.CooperationForm;
import org.jointcultivation.core.agreement.SharedResource;
import org.jointcultivation.core.agreement.SharedResourcesClause;
import org.jointcultivation.core.agreement.TerminationGround;
import org.jointcultivation.core.agreement.TextClause;
import org.jointcultivation.core.agreement.TutorPosition;
import org.jointcultivation.core.event.AchievementKind;
import org.jointcultivation.core.event.AchievementRecorded;
import org.jointcultivation.core.event.ActionItem;
import org.jointcultivation.core.event.AgreementAmended;
import org.jointcultivation.core.event.AgreementTerminated;
import org.jointcultivation.core.event.Author;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.Decision;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.ExchangeActivityRecorded;
import org.jointcultivation.core.event.ExchangeKind;
import org.jointcultivation.core.event.FeedbackChannel;
import org.jointcultivation.core.event.FeedbackFollowedUp;
import org.jointcultivation.core.event.FeedbackSubmitted;
import org.jointcultivation.core.event.FeedbackTopic;
import org.jointcultivation.core.event.FundsAgreed;
import org.jointcultivation.core.event.FundsDisbursed;
import org.jointcultivation.core.event.HealthAdjustmentMade;
import org.jointcultivation.core.event.HealthAdjustmentRequested;
import org.jointcultivation.core.event.HealthNeed;
import org.jointcultivation.core.event.IncidentKind;
import org.jointcultivation.core.event.IncidentReported;
import org.jointcultivation.core.event.LeaveKind;
import org.jointcultivation.core.event.LeaveTaken;
import org.jointcultivation.core.event.Measure;
import org.jointcultivation.core.event.MeasureAppealed;
import org.jointcultivation.core.event.ExemptionGranted;
import org.jointcultivation.core.event.CommitteeConvened;
import org.jointcultivation.core.event.CommitteeMember;
import org.jointcultivation.core.event.CommitteeRole;
import org.jointcultivation.core.event.Vote;
import org.jointcultivation.core.event.MeasureDecided;
import org.jointcultivation.core.event.MeasureKind;
import org.jointcultivation.core.event.MeasureProposed;
import org.jointcultivation.core.event.MeetingKind;
import org.jointcultivation.core.event.Milestone;
import org.jointcultivation.core.event.MilestoneReviewed;
import org.jointcultivation.core.event.ProblemAcknowledged;
import org.jointcultivation.core.event.ProgressKind;
import org.jointcultivation.core.event.ProgressReported;
import org.jointcultivation.core.event.PublicationSubmitted;
import org.jointcultivation.core.event.ReviewOutcome;
import org.jointcultivation.core.event.Severity;
import org.jointcultivation.core.event.SupervisionMeetingHeld;
import org.jointcultivation.core.event.TrainingCompleted;
import org.jointcultivation.core.event.TrainingKind;
import org.jointcultivation.core.event.TutorChanged;
import org.jointcultivation.core.event.TutorsCommunicated;
import org.jointcultivation.core.party.AdministratorId;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;
import org.quicktheories.core.Gen;

/**
 * Free-standing values of every event kind and of the agreement parts the cohort generator leaves
 * out, filled from a seed with awkward but valid text (quotes, backslashes, CJK, emoji), for
 * properties such as JSON round trips that need every kind but no consistent record.
 */
public final class EveryKindGenerator {
  private static final String ALPHABET = "abcXYZ019 -_\"\\/{}[]:,'é中文学生導師\u00a0";
  private static final String[] EMOJI = {"\uD83C\uDF93", "\uD83D\uDCDA"};
  private static final List<Function<Random, CultivationEvent>> KINDS = List.of(
      EveryKindGenerator::meeting, EveryKindGenerator::tutorsCommunicated,
      EveryKindGenerator::progress, EveryKindGenerator::problemAcknowledged,
      EveryKindGenerator::milestone, EveryKindGenerator::publication,
      EveryKindGenerator::fundsAgreed, EveryKindGenerator::fundsDisbursed,
      EveryKindGenerator::training, EveryKindGenerator::feedback,
      EveryKindGenerator::feedbackFollowedUp, EveryKindGenerator::healthRequested,
      EveryKindGenerator::healthMade, EveryKindGenerator::incident,
      EveryKindGenerator::achievement, EveryKindGenerator::leave,
      EveryKindGenerator::tutorChanged, EveryKindGenerator::agreementAmended,
      EveryKindGenerator::agreementTerminated, EveryKindGenerator::measureProposed,
      EveryKindGenerator::measureDecided, EveryKindGenerator::measureAppealed, EveryKindGenerator::exemption, EveryKindGenerator::committee,
      EveryKindGenerator::exchange, EveryKindGenerator::declared);

  private EveryKindGenerator() {}

  /** How many kinds of event there are; {@link #eventOfKind} takes {@code 0..KIND_COUNT-1}. */
  public static final int KIND_COUNT = KINDS.size();

  /** One event of every kind, each from the seed. */
  public static Gen<List<CultivationEvent>> oneOfEachKind() {
    return longs().all().map(seed -> {
      Random random = new Random(seed);
      List<CultivationEvent> events = new ArrayList<>();
      for (int kind = 0; kind < KIND_COUNT; kind++) {
        events.add(eventOfKind(kind, random));
      }
      return events;
    }).describedAs(Object::toString);
  }

  /** An event of the {@code kind}-th kind. */
  public static CultivationEvent eventOfKind(int kind, Random random) {
    return KINDS.get(kind).apply(random);
  }

  /** Agreements with text and shared-resources clauses and amendments. */
  public static Gen<CooperationAgreement> amendedAgreements() {
    return longs().all().map(seed -> amendedAgreement(new Random(seed))).describedAs(Object::toString);
  }

  private static CooperationAgreement amendedAgreement(Random random) {
    LocalDate start = date(random);
    InstitutionId home = institution(random);
    InstitutionId host = InstitutionId.of(home.value() + "-host");
    AgreementClause shared = SharedResourcesClause.builder().reference("§" + random.nextInt(9) + ".1")
        .provider(host).resources(some(random, SharedResource.values())).build();
    AgreementClause text = TextClause.of("§9." + random.nextInt(9), text(random));
    return CooperationAgreement.builder()
        .id(AgreementId.of(name(random))).title(text(random))
        .form(pick(random, CooperationForm.values()))
        .parties(List.of(home, host))
        .startDate(start).endDate(Optional.of(start.plusYears(5)))
        .clauses(List.of(shared, text))
        .amendments(List.of(Amendment.builder().number(1).summary(text(random))
            .startDate(start.plusYears(1)).clauses(List.of(TextClause.of(text.reference(), text(random))))
            .removedClauses(List.of(shared.reference()))
            .build()))
        .build();
  }

  // ---- the kinds -------------------------------------------------------------------------------

  private static CultivationEvent meeting(Random random) {
    LocalDate date = date(random);
    StudentId student = student(random);
    TutorId tutor = tutor(random);
    return SupervisionMeetingHeld.builder().id(id(random)).date(date).student(student)
        .kind(pick(random, MeetingKind.values()))
        .attendees(List.of(student, tutor)).guests(List.of(AdministratorId.of(name(random))))
        .subjects(List.of(text(random), text(random))).outcomes(List.of(text(random)))
        .actions(List.of(ActionItem.builder().description(text(random)).owner(student)
            .dueDate(date.plusDays(random.nextInt(60))).build()))
        .confirmedBy(random.nextBoolean() ? List.of(tutor) : List.of())
        .build();
  }

  private static CultivationEvent tutorsCommunicated(Random random) {
    TutorId initiator = tutor(random);
    return TutorsCommunicated.builder().id(id(random)).date(date(random)).student(student(random))
        .initiator(initiator).recipient(TutorId.of(initiator.value() + "-2")).topic(text(random)).build();
  }

  private static CultivationEvent progress(Random random) {
    return ProgressReported.builder().id(id(random)).date(date(random)).student(student(random))
        .kind(pick(random, ProgressKind.values())).summary(text(random))
        .problems(List.of(text(random))).nextSteps(List.of(text(random), text(random)))
        .reportedTo(List.of(tutor(random))).build();
  }

  private static CultivationEvent problemAcknowledged(Random random) {
    return ProblemAcknowledged.builder().id(id(random)).date(date(random)).student(student(random))
        .report(id(random)).by(tutor(random)).response(text(random)).build();
  }

  private static CultivationEvent milestone(Random random) {
    return MilestoneReviewed.builder().id(id(random)).date(date(random)).student(student(random))
        .milestone(pick(random, Milestone.values())).outcome(pick(random, ReviewOutcome.values()))
        .panelSize(1 + random.nextInt(7)).build();
  }

  private static CultivationEvent publication(Random random) {
    StudentId student = student(random);
    Author first = Author.builder().name(name(random)).person(Optional.of(student))
        .affiliations(List.of(institution(random))).build();
    Author corresponding = Author.builder().name(first.name() + " Jr").person(Optional.of(tutor(random))).build();
    return PublicationSubmitted.builder().id(id(random)).date(date(random)).student(student)
        .title(text(random)).venue(random.nextBoolean() ? Optional.of(text(random)) : Optional.empty())
        .authors(List.of(first, corresponding)).correspondingAuthors(List.of(corresponding)).build();
  }

  private static CultivationEvent fundsAgreed(Random random) {
    return FundsAgreed.builder().id(id(random)).date(date(random)).agreement(AgreementId.of(name(random)))
        .clause("§" + random.nextInt(20)).funder(institution(random))
        .student(random.nextBoolean() ? Optional.of(student(random)) : Optional.empty())
        .amount(money(random)).build();
  }

  private static CultivationEvent fundsDisbursed(Random random) {
    return FundsDisbursed.builder().id(id(random)).date(date(random)).agreement(AgreementId.of(name(random)))
        .funder(institution(random)).student(Optional.of(student(random))).amount(money(random)).build();
  }

  private static CultivationEvent training(Random random) {
    return TrainingCompleted.builder().id(id(random)).date(date(random)).tutor(tutor(random))
        .kind(pick(random, TrainingKind.values())).hours(1 + random.nextInt(40))
        .provider(random.nextBoolean() ? Optional.of(institution(random)) : Optional.empty()).build();
  }

  private static CultivationEvent feedback(Random random) {
    return FeedbackSubmitted.builder().id(id(random)).date(date(random)).student(student(random))
        .channel(pick(random, FeedbackChannel.values())).topic(pick(random, FeedbackTopic.values()))
        .about(random.nextBoolean() ? Optional.of(tutor(random)) : Optional.empty())
        .text(text(random)).anonymous(random.nextBoolean()).build();
  }

  private static CultivationEvent feedbackFollowedUp(Random random) {
    return FeedbackFollowedUp.builder().id(id(random)).date(date(random)).student(student(random))
        .feedback(id(random)).by(AdministratorId.of(name(random))).action(text(random)).build();
  }

  private static CultivationEvent healthRequested(Random random) {
    return HealthAdjustmentRequested.builder().id(id(random)).date(date(random)).student(student(random))
        .need(pick(random, HealthNeed.values())).description(text(random)).build();
  }

  private static CultivationEvent healthMade(Random random) {
    return HealthAdjustmentMade.builder().id(id(random)).date(date(random)).student(student(random))
        .request(id(random)).by(tutor(random)).adjustment(text(random)).build();
  }

  private static CultivationEvent incident(Random random) {
    return IncidentReported.builder().id(id(random)).date(date(random)).subject(person(random))
        .kind(pick(random, IncidentKind.values())).severity(pick(random, Severity.values()))
        .description(text(random))
        .reportedBy(random.nextBoolean() ? Optional.of(person(random)) : Optional.empty()).build();
  }

  private static CultivationEvent achievement(Random random) {
    return AchievementRecorded.builder().id(id(random)).date(date(random)).subject(person(random))
        .kind(pick(random, AchievementKind.values())).description(text(random))
        .student(random.nextBoolean() ? Optional.of(student(random)) : Optional.empty()).build();
  }

  private static CultivationEvent leave(Random random) {
    LocalDate date = date(random);
    return LeaveTaken.builder().id(id(random)).date(date).student(student(random))
        .kind(pick(random, LeaveKind.values()))
        .endDate(random.nextBoolean() ? Optional.of(date.plusDays(random.nextInt(200))) : Optional.empty())
        .build();
  }

  private static CultivationEvent tutorChanged(Random random) {
    TutorId previous = tutor(random);
    return TutorChanged.builder().id(id(random)).date(date(random)).student(student(random))
        .position(pick(random, TutorPosition.values())).previous(previous)
        .replacement(TutorId.of(previous.value() + "-new")).reason(text(random)).build();
  }

  private static CultivationEvent agreementAmended(Random random) {
    return AgreementAmended.builder().id(id(random)).date(date(random)).agreement(AgreementId.of(name(random)))
        .amendmentNumber(1 + random.nextInt(5)).build();
  }

  private static CultivationEvent agreementTerminated(Random random) {
    return AgreementTerminated.builder().id(id(random)).date(date(random)).agreement(AgreementId.of(name(random)))
        .student(random.nextBoolean() ? Optional.of(student(random)) : Optional.empty())
        .ground(pick(random, TerminationGround.values())).explanation(text(random)).build();
  }

  private static CultivationEvent measureProposed(Random random) {
    return MeasureProposed.builder().id(id(random)).date(date(random)).subject(party(random))
        .measure(measure(random)).reason(text(random)).evidence(List.of(id(random), id(random)))
        .proposedBy(random.nextBoolean() ? Optional.of(person(random)) : Optional.empty()).build();
  }

  private static CultivationEvent measureDecided(Random random) {
    Decision decision = pick(random, Decision.values());
    return MeasureDecided.builder().id(id(random)).date(date(random)).proposal(id(random))
        .subject(party(random)).decision(decision)
        .decidedMeasure(decision == Decision.MODIFIED ? Optional.of(measure(random)) : Optional.empty())
        .decidedBy(AdministratorId.of(name(random))).reasons(text(random))
        .appealWindow(random.nextBoolean() ? Optional.of(Period.ofDays(1 + random.nextInt(30))) : Optional.empty())
        .build();
  }

  private static CultivationEvent measureAppealed(Random random) {
    return MeasureAppealed.builder().id(id(random)).date(date(random)).decision(id(random))
        .subject(party(random)).grounds(text(random)).build();
  }

  private static CultivationEvent exemption(Random random) {
    return ExemptionGranted.builder().id(id(random)).date(date(random))
        .subject(random.nextBoolean() ? student(random) : tutor(random))
        .obligation(name(random) + "/" + name(random)).decidedBy(person(random)).reasons(text(random)).build();
  }

  private static CultivationEvent committee(Random random) {
    CommitteeConvened.Builder committee = CommitteeConvened.builder().id(id(random)).date(date(random))
        .student(student(random)).purpose(name(random));
    int members = 1 + random.nextInt(4);
    for (int i = 0; i < members; i++) {
      CommitteeRole role = i == 0 ? CommitteeRole.CHAIR : pick(random, new CommitteeRole[] {
          CommitteeRole.MEMBER, CommitteeRole.SECRETARY, CommitteeRole.ATTENDEE});
      CommitteeMember.Builder member = CommitteeMember.builder().person(TutorId.of("T-committee-" + i)).role(role);
      if (role.votes() && random.nextBoolean()) {
        member.vote(pick(random, Vote.values()));
      }
      committee.addMembers(member.build());
    }
    if (random.nextBoolean()) {
      committee.outcome(name(random));
    }
    return committee.build();
  }

  private static CultivationEvent exchange(Random random) {
    return ExchangeActivityRecorded.builder().id(id(random)).date(date(random)).tutor(tutor(random))
        .host(institution(random)).kind(pick(random, ExchangeKind.values())).hours(1 + random.nextInt(100))
        .build();
  }

  private static CultivationEvent declared(Random random) {
    return org.jointcultivation.core.event.DeclaredEvent.builder().id(id(random)).date(date(random))
        .kind(name(random)).student(student(random)).addTutors(tutor(random))
        .putField(name(random), text(random)).build();
  }

  // ---- values ----------------------------------------------------------------------------------

  private static Measure measure(Random random) {
    Measure.Builder measure = Measure.builder().kind(pick(random, MeasureKind.values())).code(name(random));
    if (random.nextBoolean()) {
      measure.duration(java.time.Period.ofMonths(1 + random.nextInt(36)))
          .addLevels(pick(random, org.jointcultivation.core.party.StudyLevel.values()))
          .quota(random.nextInt(10));
    }
    return measure.build();
  }

  private static Money money(Random random) {
    return new Money(BigDecimal.valueOf(1 + random.nextInt(1_000_000), random.nextInt(3)),
        Currency.getInstance(pick(random, new String[] {"CNY", "GBP", "EUR", "USD"})));
  }

  /** A measure's subject: a person, an institution or an agreement. */
  private static org.jointcultivation.core.party.PartyId party(Random random) {
    return switch (random.nextInt(5)) {
      case 0 -> org.jointcultivation.core.party.InstitutionId.of(name(random));
      case 1 -> org.jointcultivation.core.agreement.AgreementId.of(name(random));
      default -> person(random);
    };
  }

  private static PersonId person(Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> student(random);
      case 1 -> tutor(random);
      default -> AdministratorId.of(name(random));
    };
  }

  private static EventId id(Random random) {
    return EventId.of("E-" + name(random));
  }

  private static StudentId student(Random random) {
    return StudentId.of("S-" + name(random));
  }

  private static TutorId tutor(Random random) {
    return TutorId.of("T-" + name(random));
  }

  private static InstitutionId institution(Random random) {
    return InstitutionId.of("I-" + name(random));
  }

  private static LocalDate date(Random random) {
    return LocalDate.of(2000, 1, 1).plusDays(random.nextInt(365 * 40));
  }

  /** Text that is neither blank nor padded, from an alphabet that needs escaping in JSON. */
  private static String name(Random random) {
    StringBuilder text = new StringBuilder();
    int length = 1 + random.nextInt(12);
    for (int i = 0; i < length; i++) {
      text.append(random.nextInt(10) == 0 ? EMOJI[random.nextInt(EMOJI.length)]
          : String.valueOf(ALPHABET.charAt(random.nextInt(ALPHABET.length()))));
    }
    return "x" + text.toString().strip() + "x";
  }

  private static String text(Random random) {
    return name(random) + (random.nextBoolean() ? "\n" + name(random) : "");
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  private static <T> Set<T> some(Random random, T[] values) {
    Set<T> chosen = new LinkedHashSet<>();
    chosen.add(pick(random, values));
    chosen.add(pick(random, values));
    return chosen;
  }
}
