package jp.mimamo.noren.centres;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A centre with how many staff work there and how many registrants it looks after; {@code mine} is true for the
 * centre the caller works at.
 */
@Serdeable
public record CentreView(long id, String name, String nameKana, String postalCode, String address, String phone,
                         String openingHours, String afterHoursContact, String afterHoursPhone, String email, int staff,
                         int registrants, boolean mine, int version, Instant createdAt, Instant updatedAt) {
}
