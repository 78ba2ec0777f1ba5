package jp.mimamo.noren.seminars;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A cancelled registration, the people it moved up from the waitlist, and how they were told. */
@Serdeable
public record Cancellation(RegistrationView registration, List<RegistrationView> promoted, NoticeReport notices) {
}
