package jp.mimamo.noren.renewals;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** One recorded send of one step to one sponsor, with its outcome. */
@Serdeable
public record SendRecord(long sponsorId, String sponsorName, String step, String channel, String status, String address,
                         String error, int attempts, String actor, Instant at) {
}
