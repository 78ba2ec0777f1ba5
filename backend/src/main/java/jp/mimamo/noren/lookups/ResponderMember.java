package jp.mimamo.noren.lookups;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A responder (by Keycloak username) assigned to an organisation by the region admin. */
@Serdeable
public record ResponderMember(String username, long organisationId, String assignedBy, Instant assignedAt) {
}
