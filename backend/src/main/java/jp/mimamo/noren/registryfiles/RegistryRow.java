package jp.mimamo.noren.registryfiles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jp.mimamo.noren.registrants.MedicalNotes;
import jp.mimamo.noren.registrants.RegistrantConnection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A registrant as an import writes it, and as it was before (for undo): every field of the record, normalised by
 * the registry's own rules, so that two equal rows mean nothing would change.
 */
@Serdeable
record RegistryRow(long centreId, String name, String nameKana, String searchKey, LocalDate birthDate, String sex,
                   @Nullable String postalCode, String address, @Nullable String phone, String livingSituation,
                   @Nullable String livingNotes, @Nullable String careLevel, MedicalNotes medical, String consentFormVersion,
                   LocalDate consentedOn, List<String> discloseTo, String status, List<RegistrantConnection> connections) {

    /** The titles of the columns whose values differ from {@code other}'s, for the preview. */
    List<String> changedFrom(RegistryRow other) {
        List<String> changed = new ArrayList<>();
        add(changed, centreId != other.centreId, RegistryField.CENTRE);
        add(changed, !name.equals(other.name), RegistryField.NAME);
        add(changed, !nameKana.equals(other.nameKana), RegistryField.NAME_KANA);
        add(changed, !birthDate.equals(other.birthDate), RegistryField.BIRTH_DATE);
        add(changed, !sex.equals(other.sex), RegistryField.SEX);
        add(changed, !java.util.Objects.equals(postalCode, other.postalCode), RegistryField.POSTAL_CODE);
        add(changed, !address.equals(other.address), RegistryField.ADDRESS);
        add(changed, !java.util.Objects.equals(phone, other.phone), RegistryField.PHONE);
        add(changed, !livingSituation.equals(other.livingSituation), RegistryField.LIVING);
        add(changed, !java.util.Objects.equals(careLevel, other.careLevel), RegistryField.CARE_LEVEL);
        add(changed, !medical.equals(other.medical), RegistryField.CONDITIONS);
        add(changed, !consentFormVersion.equals(other.consentFormVersion), RegistryField.CONSENT_VERSION);
        add(changed, !consentedOn.equals(other.consentedOn), RegistryField.CONSENTED_ON);
        add(changed, !discloseTo.equals(other.discloseTo), RegistryField.DISCLOSE_TO);
        add(changed, !status.equals(other.status), RegistryField.STATUS);
        add(changed, !connections.equals(other.connections), RegistryField.CONTACT_1_NAME);
        return changed;
    }

    private static void add(List<String> changed, boolean differs, RegistryField field) {
        if (differs) {
            changed.add(field == RegistryField.CONTACT_1_NAME ? "緊急連絡先" : field == RegistryField.CONDITIONS ? "医療のメモ" : field.title);
        }
    }
}
