package org.jointcultivation.core.agreement;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jointcultivation.core.DateRange;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.party.InstitutionId;

/**
 * The contract between two or more institutions under which students are jointly cultivated: its
 * form, parties, term, clauses and amendments.
 *
 * <pre>{@code
 * CooperationAgreement agreement = CooperationAgreement.builder()
 *     .id(AgreementId.of("AG-2025-01")).title("Joint training of medical postgraduates")
 *     .form(CooperationForm.UNIVERSITY_RESEARCH_INSTITUTE)
 *     .addParty(college).addParty(institute)
 *     .startDate(LocalDate.of(2025, 9, 1)).endDate(LocalDate.of(2030, 8, 31))
 *     .addClause(AuthorshipClause.builder().reference("§5")
 *         .addCorrespondingAuthorPosition(TutorPosition.FIRST)
 *         .addCorrespondingAuthorPosition(TutorPosition.SECOND).build())
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCooperationAgreement.class)
@JsonDeserialize(as = ImmutableCooperationAgreement.class)
public abstract class CooperationAgreement {
  private static final String TYPE = "CooperationAgreement";

  CooperationAgreement() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The identifier, unique within a record. */
  public abstract AgreementId id();

  /** The agreement's title. */
  public abstract String title();

  /** The form of cooperation. */
  public abstract CooperationForm form();

  /** The institutions bound by the agreement; at least two. */
  public abstract Set<InstitutionId> parties();

  /** The first day of the agreement's term. */
  public abstract LocalDate startDate();

  /** The last day of the term; empty for an agreement without a fixed end. */
  public abstract Optional<LocalDate> endDate();

  /** The clauses as signed, before amendments. */
  public abstract List<AgreementClause> clauses();

  /** The amendments, each with its own period of effect. */
  public abstract List<Amendment> amendments();

  /** The days the agreement is in force. */
  public final DateRange validity() {
    return endDate().map(end -> DateRange.of(startDate(), end)).orElse(DateRange.from(startDate()));
  }

  /**
   * The clauses in force on {@code day}: the signed clauses with every amendment in effect that day
   * applied in number order. Empty outside the agreement's term.
   */
  public final List<AgreementClause> clausesOn(LocalDate day) {
    if (!validity().contains(day)) {
      return ImmutableList.of();
    }
    Map<String, AgreementClause> byReference = new LinkedHashMap<>();
    clauses().forEach(clause -> byReference.put(clause.reference(), clause));
    amendments().stream()
        .filter(amendment -> amendment.validity().contains(day))
        .sorted(Comparator.comparingInt(Amendment::number))
        .forEach(
            amendment -> {
              amendment.removedClauses().forEach(byReference::remove);
              amendment.clauses().forEach(clause -> byReference.put(clause.reference(), clause));
            });
    return ImmutableList.copyOf(byReference.values());
  }

  /** The first clause of type {@code kind} in force on {@code day}, if any. */
  public final <T extends AgreementClause> Optional<T> clauseOn(LocalDate day, Class<T> kind) {
    return clausesOn(day).stream().filter(kind::isInstance).map(kind::cast).findFirst();
  }

  /** The amendment with the given number, if any. */
  public final Optional<Amendment> amendment(int number) {
    return amendments().stream().filter(a -> a.number() == number).findFirst();
  }

  /**
   * The programme's own facts about it, typed by the record's {@link
   * org.jointcultivation.core.vocabulary.Vocabulary} (e.g. {@code rank: ASSISTANT}); none unless set.
   *
   * @since 0.2.0
   */
  public abstract Map<String, String> attributes();

  @Value.Check
  void check() {
    attributes().forEach((name, value) -> {
      Checks.name("CooperationAgreement", id(), "attributes", name);
      Checks.text("CooperationAgreement", id(), "attributes." + name, value);
    });
    Checks.name(TYPE, id(), "title", title());
    Checks.check(
        parties().size() >= 2, TYPE, id(), "parties", parties(), "must name at least two parties");
    Checks.endNotBeforeStart(TYPE, id(), startDate(), endDate());
    checkUniqueReferences("clauses", clauses());
    checkPartiesNamedIn("clauses", clauses());
    Set<Integer> numbers = new HashSet<>();
    for (Amendment amendment : amendments()) {
      String field = "amendments[#" + amendment.number() + "]";
      Checks.check(
          numbers.add(amendment.number()),
          TYPE,
          id(),
          field + ".number",
          amendment.number(),
          "must be unique within the agreement");
      // An amendment without an end lasts as long as the agreement does.
      LocalDate effectEnds = amendment.endDate().or(this::endDate).orElse(LocalDate.MAX);
      Checks.check(
          validity().contains(amendment.startDate())
              && !effectEnds.isBefore(amendment.startDate())
              && validity().encloses(DateRange.of(amendment.startDate(), effectEnds)),
          TYPE,
          id(),
          field + ".validity",
          amendment.validity(),
          "must lie within the agreement's term " + validity());
      checkUniqueReferences(field + ".clauses", amendment.clauses());
      checkPartiesNamedIn(field + ".clauses", amendment.clauses());
    }
  }

  private void checkUniqueReferences(String field, List<AgreementClause> clauses) {
    Set<String> seen = new HashSet<>();
    for (AgreementClause clause : clauses) {
      Checks.check(
          seen.add(clause.reference()),
          TYPE,
          id(),
          field,
          clause.reference(),
          "clause references must be unique");
    }
  }

  private void checkPartiesNamedIn(String field, List<AgreementClause> clauses) {
    for (AgreementClause clause : clauses) {
      String path = field + "[" + clause.reference() + "]";
      if (clause instanceof SharedResourcesClause shared) {
        checkParty(path + ".provider", shared.provider());
      } else if (clause instanceof FundingClause funding) {
        funding.funders().forEach(funder -> checkParty(path + ".funders", funder));
      } else if (clause instanceof GoverningRegulationsClause governing) {
        governing.precedence().forEach(party -> checkParty(path + ".precedence", party));
      }
    }
  }

  private void checkParty(String field, InstitutionId institution) {
    Checks.check(
        parties().contains(institution),
        TYPE,
        id(),
        field,
        institution,
        "must be a party to the agreement " + parties());
  }

  /** Builds a {@link CooperationAgreement}; {@code build()} throws {@code ValidationException}. */
  public static final class Builder extends ImmutableCooperationAgreement.Builder {
    Builder() {}
  }
}
