package jp.mimamo.noren.registrants;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A keychain number the registrant has held, as the registrant's page lists them (newest first); the one
 * without {@code revokedAt} is in force. Numbers are sent in their stored form (OTA123456785); screens group them.
 */
@Serdeable
public record KeychainEntry(String number, Instant issuedAt, String issuedBy, Instant revokedAt, String revokedBy,
                            String revokeReason, String replacedBy) {
}
