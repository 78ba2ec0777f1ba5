package jp.mimamo.noren.lookups;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a responder is shown. {@code result} is {@code shown}, {@code revoked} (the keychain is no longer in use) or
 * {@code ended} (the registration has ended): only {@code shown} carries the person, and then only the fields the
 * look-up may show (docs/adr/0013). The centre's contact is on the keychain's front already and always comes back.
 */
@Serdeable
public record LookupView(String number, String display, String result, boolean emergency, String regionName,
                         Person person, CentreContact centre, List<Contact> connections, Medical medical,
                         boolean medicalWithheld, List<String> shownFields, Instant at) {

    @Serdeable
    public record Person(String name, String nameKana, LocalDate birthDate, String photo) {
    }

    @Serdeable
    public record CentreContact(String name, String phone, String afterHoursContact, String afterHoursPhone) {
    }

    /** A connection in calling order. */
    @Serdeable
    public record Contact(int priority, String name, String relation, String phone) {
    }

    @Serdeable
    public record Medical(String conditions, String medication, String allergies, String familyDoctor,
                          String familyDoctorPhone, String hospital, String notes) {
    }
}
