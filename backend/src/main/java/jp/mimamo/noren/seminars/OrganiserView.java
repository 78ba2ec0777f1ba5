package jp.mimamo.noren.seminars;

import io.micronaut.serde.annotation.Serdeable;

/** {@code name} is the sponsor's current name when the organiser is a sponsor. */
@Serdeable
public record OrganiserView(Long sponsorId, String name, String role, String roleLabel, String part) {
}
