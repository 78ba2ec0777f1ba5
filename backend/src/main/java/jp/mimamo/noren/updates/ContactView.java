package jp.mimamo.noren.updates;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A recorded contact, as the registrant's update history shows it. */
@Serdeable
public record ContactView(long id, long registrantId, int cycleYear, int cycleMonth, LocalDate contactedOn, String method,
                          String outcome, List<String> changedFields, String concern, boolean followUp, String username,
                          String displayName, Instant recordedAt, boolean completed) {
}
