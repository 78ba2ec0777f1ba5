package jp.mimamo.noren.registrants;

import java.time.LocalDate;
import java.util.List;

/** A registrant that passed {@link RegistrantRules}: normalised, connections numbered 1… in calling order. */
public record ValidRegistrant(String name, String nameKana, String searchKey, LocalDate birthDate, String sex, String postalCode,
                       String address, String phone, String livingSituation, String livingNotes, String careLevel,
                       MedicalNotes medical, String consentFormVersion, LocalDate consentedOn, List<String> discloseTo,
                       List<RegistrantConnection> connections) {
}
