package org.jointcultivation.core.agreement;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A clause of a {@link CooperationAgreement}, identified by its reference (e.g. {@code §4.2}).
 *
 * <p>The hierarchy is sealed so that a {@code switch} over clauses is checked by the compiler;
 * anything the typed clauses do not cover is a {@link TextClause}.
 *
 * @since 0.1.0
 */
// The subtypes are the permitted ones, registered by CultivationJson from this sealed list: one
// place to add a kind (with its @JsonTypeName).
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
public sealed interface AgreementClause
    permits SharedResourcesClause,
        FundingClause,
        AuthorshipClause,
        GoverningRegulationsClause,
        PlacementClause,
        TerminationClause,
        TextClause {
  /** The clause's reference within its agreement, such as {@code §4.2}; unique there. */
  String reference();
}
