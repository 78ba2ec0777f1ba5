package jp.mimamo.noren.registrants;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * What centre staff enter to register or edit a registrant. {@code centreId} defaults to the caller's own
 * centre; connections are in the order to call them; {@code version} is the one read (edits only).
 */
@Serdeable
public record RegistrantForm(@Nullable Long centreId, @Nullable String name, @Nullable String nameKana,
                             @Nullable LocalDate birthDate, @Nullable String sex, @Nullable String postalCode,
                             @Nullable String address, @Nullable String phone, @Nullable String livingSituation,
                             @Nullable String livingNotes, @Nullable String careLevel, @Nullable MedicalNotes medical,
                             @Nullable Consent consent, @Nullable List<RegistrantConnection> connections,
                             @Nullable Integer version) {
}
