package jp.mimamo.noren.lookups;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A notice to the registrant's centre that their number was looked up (照会の通知): by whom, from which
 * organisation and region, why, with what result, and whether the mail to the centre went out. No personal data:
 * the registrant appears by id, and opening their page is a read of its own.
 */
@Serdeable
public record LookupNotice(long id, Instant at, long centreId, long registrantId, String number, String result,
                           boolean emergency, String responderRegion, String responderUsername, String responderName,
                           String organisationName, String organisationKind, String reason, String reasonText,
                           String mailStatus, Instant readAt, String readBy) {

    /** The list the centre sees, and how many are unread. */
    @Serdeable
    public record Inbox(int unread, java.util.List<LookupNotice> notices) {
    }
}
