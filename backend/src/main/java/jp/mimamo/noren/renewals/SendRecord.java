package jp.mimamo.noren.renewals;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * One recorded send of one step to one sponsor, with its outcome and the template it was written from: the key, the
 * head-office version the text is or is based on, and the region's revision when the region used its own text (all
 * null for sends made before the template library).
 */
@Serdeable
public record SendRecord(long sponsorId, String sponsorName, String step, String channel, String status, String address,
                         String error, int attempts, String actor, Instant at, String templateKey, Integer templateVersion,
                         Integer templateRegionRevision) {
}
