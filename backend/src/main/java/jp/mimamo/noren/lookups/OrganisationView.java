package jp.mimamo.noren.lookups;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A responder organisation with how many responders work there. */
@Serdeable
public record OrganisationView(long id, String name, String kind, String phone, boolean approved, String approvedBy,
                               Instant approvedAt, int members, int version, Instant createdAt, Instant updatedAt) {
}
