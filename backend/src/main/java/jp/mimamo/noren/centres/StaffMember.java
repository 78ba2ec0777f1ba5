package jp.mimamo.noren.centres;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A centre-staff user assigned to a centre, by their Keycloak username. */
@Serdeable
public record StaffMember(String username, long centreId, String assignedBy, Instant assignedAt) {
}
