package jp.mimamo.noren.sponsors;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A sponsor as shown on its page. */
@Serdeable
public record SponsorView(long id, String name, String nameKana, String categoryCode, String postalCode,
                          String address, String phone, String email, LocalDate joinedOn, String notes,
                          List<SponsorContact> contacts, boolean archived, Instant archivedAt, int version,
                          Instant createdAt, Instant updatedAt) {
}
