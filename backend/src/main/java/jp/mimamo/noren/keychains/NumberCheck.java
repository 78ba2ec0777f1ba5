package jp.mimamo.noren.keychains;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * What the staff's check of a number finds: whether it is in force or revoked (and by which number it was
 * replaced), whose it is by id and centre, and the registration's status. No name, no address: opening the
 * registrant's page is a separate, logged read.
 */
@Serdeable
public record NumberCheck(String number, String display, String state, long registrantId, long centreId,
                          String centreName, String registrationStatus, Instant issuedAt, Instant revokedAt,
                          String revokeReason, String replacedBy) {
}
