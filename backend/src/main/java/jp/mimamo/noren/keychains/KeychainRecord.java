package jp.mimamo.noren.keychains;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** One issued number: to whom, when, by whom, and whether and why it was revoked and what replaced it. */
@Serdeable
public record KeychainRecord(String number, String display, long registrantId, Instant issuedAt, String issuedBy,
                             Instant revokedAt, String revokedBy, String revokeReason, String replacedBy) {
}
