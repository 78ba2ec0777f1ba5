package jp.mimamo.noren.registrants;

import jp.mimamo.noren.shared.JapaneseCalendar;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** Builds the registrant's page in the full or the limited form. */
final class RegistrantViews {
    private RegistrantViews() {
    }

    static RegistrantView full(StoredRegistrant r, List<RegistrantConnection> connections, List<StatusChange> history,
                               List<KeychainEntry> keychains, boolean mayEdit, String purpose, LocalDate today) {
        LocalDate birth = r.birthDate();
        return new RegistrantView(r.id(), "full", r.centreId(), r.centreName(), r.name(), r.nameKana(), birth,
                birth == null ? null : JapaneseCalendar.date(birth), birth == null ? null : Period.between(birth, today).getYears(),
                r.sex(), r.postalCode(), r.address(), r.phone(), r.livingSituation(), r.livingNotes(), r.careLevel(),
                r.medical(), r.consent(), connections, r.status(), r.statusSince(), history, keychains,
                r.erasedAt() != null, mayEdit && r.erasedAt() == null, purpose, r.version(), r.createdAt(), r.updatedAt());
    }

    /** Name, reading, centre, consent, status and keychains; nothing else. */
    static RegistrantView limited(StoredRegistrant r, List<KeychainEntry> keychains) {
        return new RegistrantView(r.id(), "limited", r.centreId(), r.centreName(), r.name(), r.nameKana(), null, null, null,
                null, null, null, null, null, null, null, null, r.consent(), null, r.status(), r.statusSince(), null,
                keychains, r.erasedAt() != null, false, null, r.version(), r.createdAt(), r.updatedAt());
    }
}
