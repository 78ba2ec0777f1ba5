package jp.mimamo.noren.lookups;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A look-up made by a responder without an approved organisation, with the emergency reason they gave; the region
 * admin reviews it (確認待ち until then) and leaves a note.
 */
@Serdeable
public record EmergencyDisclosure(long id, Instant at, String username, String displayName, Long organisationId,
                                  String organisationName, String number, String homeRegion, String result,
                                  String reason, String reasonText, String justification, Instant reviewedAt,
                                  String reviewedBy, String reviewNote, int version) {

    /** The admin's review: a note and the version they read. */
    @Serdeable
    public record Review(@io.micronaut.core.annotation.Nullable String note,
                         @io.micronaut.core.annotation.Nullable Integer version) {
    }
}
