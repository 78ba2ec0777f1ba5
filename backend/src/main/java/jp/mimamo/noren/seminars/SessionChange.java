package jp.mimamo.noren.seminars;

import io.micronaut.serde.annotation.Serdeable;

/** A session after a change of time, and how its registrants were told. */
@Serdeable
public record SessionChange(SessionView session, NoticeReport notices) {
}
