package org.jointcultivation.rules.access;

import java.time.LocalDate;
import java.util.Objects;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.record.CultivationRecord;

/**
 * One question to the policies: may {@code principal} take {@code action} on {@code resource}, in
 * {@code record} as it stands on {@code asOf}?
 *
 * @param record the record, whose live state (assignments, suspensions, terminations) counts
 * @param asOf the day of the question
 * @param principal who asks
 * @param action what they want to do
 * @param resource what on
 * @since 0.1.0
 */
public record AccessRequest(
    CultivationRecord record, LocalDate asOf, PersonId principal, Action action, Resource resource) {
  /** Checks for null. */
  public AccessRequest {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(resource, "resource");
  }
}
