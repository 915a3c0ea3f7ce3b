package org.jointcultivation.rules.internal;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jointcultivation.core.agreement.AuthorshipClause;
import org.jointcultivation.core.agreement.DualTutorAssignment;
import org.jointcultivation.core.agreement.TutorPosition;
import org.jointcultivation.core.event.Author;
import org.jointcultivation.core.event.PublicationSubmitted;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.ObligationInstance;
import org.jointcultivation.rules.ObligationState;
import org.jointcultivation.rules.StandardTemplates;
import org.jointcultivation.rules.spi.ConfiguredRule;
import org.jointcultivation.rules.spi.Rule;
import org.jointcultivation.rules.spi.RuleScope;
import org.jointcultivation.rules.spi.RuleTemplate;

/** See {@link StandardTemplates#CORRESPONDING_AUTHOR}. */
final class CorrespondingAuthorTemplate implements RuleTemplate {
  @Override
  public String name() {
    return StandardTemplates.CORRESPONDING_AUTHOR;
  }

  @Override
  public java.util.List<org.jointcultivation.rules.spi.ParameterDeclaration> parameters() {
    return StandardParameters.correspondingAuthor();
  }

  @Override
  public Rule create(ConfiguredRule configuration) {
    List<TutorPosition> configured = configuration.enumList("positions", TutorPosition.class);
    return new SimpleRule(configuration.ruleId(), RuleScope.STUDENT, context -> {
      CultivationRecord record = context.record();
      StudentId student = context.student().orElseThrow();
      List<ObligationInstance> instances = new ArrayList<>();
      for (PublicationSubmitted publication : record.eventsOf(student, PublicationSubmitted.class)) {
        if (publication.date().isAfter(context.asOf()) || !publication.student().equals(student)) {
          continue;
        }
        Optional<DualTutorAssignment> team = record.assignmentOn(student, publication.date());
        Set<TutorPosition> positions;
        String source;
        if (!configured.isEmpty()) {
          positions = Set.copyOf(configured);
          source = "";
        } else {
          Optional<AuthorshipClause> clause = team.flatMap(t -> record.agreement(t.agreement()))
              .flatMap(a -> a.clauseOn(publication.date(), AuthorshipClause.class));
          if (clause.isEmpty()) {
            continue;
          }
          positions = clause.get().correspondingAuthorPositions();
          source = " (agreement clause " + clause.get().reference() + ")";
        }
        Set<TutorId> allowed = team.map(t -> t.team().stream()
                .filter(tutor -> t.positionOf(tutor).map(positions::contains).orElse(false))
                .collect(ImmutableSet.toImmutableSet()))
            .orElse(ImmutableSet.of());
        List<Author> offending = publication.correspondingAuthors().stream()
            .filter(author -> author.person().map(p -> !allowed.contains(p)).orElse(true))
            .toList();
        Lifecycle lifecycle = Lifecycle.startingOn(publication.date(), "submitted " + publication.id());
        if (offending.isEmpty()) {
          lifecycle.to(publication.date(), ObligationState.FULFILLED, "corresponding author is a tutor");
        } else {
          lifecycle.to(publication.date(), ObligationState.VIOLATED, "corresponding author is not an allowed tutor");
        }
        String who = publication.correspondingAuthors().stream()
            .map(a -> a.name() + a.person().map(p -> " (" + p + ")").orElse(""))
            .reduce((a, b) -> a + ", " + b).orElse("");
        instances.add(Outcomes.instance(context, publication.id().value(), configuration.norm().title(),
            team.map(t -> Set.<PersonId>copyOf(t.team())).orElse(Set.of()), Optional.empty(),
            Optional.of(publication.date()), lifecycle, List.of(publication.id()),
            "corresponding author of " + publication.id() + " \"" + publication.title() + "\" is " + who,
            "a tutor in position " + positions + " " + allowed + source));
      }
      return instances;
    });
  }
}
