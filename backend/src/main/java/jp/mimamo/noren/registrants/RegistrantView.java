package jp.mimamo.noren.registrants;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A registrant's page. {@code view} is {@code full} or {@code limited}; in the limited view every personal
 * field beyond the name (birth date, address, phone, living situation, medical notes, connections, status
 * history) is null. {@code birthDateJapanese} is the birth date in 和暦 (昭和15年3月2日).
 */
@Serdeable
public record RegistrantView(long id, String view, long centreId, String centreName, String name, String nameKana,
                             LocalDate birthDate, String birthDateJapanese, Integer age, String sex, String postalCode,
                             String address, String phone, String livingSituation, String livingNotes, String careLevel,
                             MedicalNotes medical, Consent consent, List<RegistrantConnection> connections,
                             String status, LocalDate statusSince, List<StatusChange> statusHistory,
                             List<KeychainEntry> keychains, boolean erased, boolean mayEdit,
                             String accessPurpose, int version, Instant createdAt, Instant updatedAt) {
}
