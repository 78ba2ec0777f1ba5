package jp.mimamo.noren.registrants;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A registrants row as read, before {@link RegistrantAccess} decides how much of it the reader sees. */
record StoredRegistrant(long id, long centreId, String centreName, String name, String nameKana, LocalDate birthDate,
                        String sex, String postalCode, String address, String phone, String livingSituation,
                        String livingNotes, String careLevel, MedicalNotes medical, Consent consent, String status,
                        LocalDate statusSince, Instant erasedAt, int version, Instant createdAt, Instant updatedAt) {

    RegistrantAccess.Subject subject() {
        return new RegistrantAccess.Subject(id, centreId, status, erasedAt != null);
    }

    List<String> discloseTo() {
        return consent.discloseTo();
    }
}
