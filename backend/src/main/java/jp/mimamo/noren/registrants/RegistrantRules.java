package jp.mimamo.noren.registrants;

import jp.mimamo.noren.shared.FieldRules;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.JapaneseText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * What a registrant's record must hold: who the person is (name, reading, birth date, sex, address), how they
 * live, and the consent they signed. Medical notes and connections are optional; there are at most
 * {@value #MAX_CONNECTIONS} connections, numbered in the order they are to be called.
 */
public final class RegistrantRules {
    static final int MAX_NAME = 100;
    static final int MAX_ADDRESS = 200;
    static final int MAX_NOTE = 1000;
    static final int MAX_CONNECTIONS = 20;
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    static final LocalDate EARLIEST_CONSENT = LocalDate.of(2008, 4, 1);
    static final List<String> SEXES = List.of("female", "male", "other", "unanswered");
    static final List<String> LIVING = List.of("alone", "elderly-only", "with-family", "other");
    static final List<String> CARE_LEVELS = List.of("none", "applying", "support-1", "support-2",
            "care-1", "care-2", "care-3", "care-4", "care-5");
    static final List<String> DISCLOSE_TO = List.of("hospital", "police", "fire");
    static final List<String> CONNECTION_KINDS = List.of("family", "neighbour", "friend", "care-manager", "doctor", "place", "other");

    private RegistrantRules() {
    }

    public static ValidRegistrant validate(RegistrantForm form, LocalDate today, Locale locale) {
        FormErrors errors = new FormErrors(locale);
        String name = FieldRules.required(errors, "name", form.name(), MAX_NAME);
        String kana = FieldRules.reading(errors, "nameKana", form.nameKana(), MAX_NAME, true);
        LocalDate birth = form.birthDate();
        if (birth == null) {
            errors.reject("birthDate", "validation.required");
        } else if (birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
            errors.reject("birthDate", "validation.date.range");
        }
        String sex = FieldRules.oneOf(errors, "sex", form.sex(), SEXES, true);
        String postal = FieldRules.postalCode(errors, "postalCode", form.postalCode());
        String address = FieldRules.required(errors, "address", form.address(), MAX_ADDRESS);
        String phone = FieldRules.phone(errors, "phone", form.phone(), false);
        String living = FieldRules.oneOf(errors, "livingSituation", form.livingSituation(), LIVING, true);
        String livingNotes = FieldRules.optional(errors, "livingNotes", form.livingNotes(), MAX_NOTE);
        String care = FieldRules.oneOf(errors, "careLevel", form.careLevel(), CARE_LEVELS, false);
        MedicalNotes medical = medical(errors, form.medical());
        Consent consent = form.consent() == null ? new Consent(null, null, null) : form.consent();
        String consentVersion = FieldRules.required(errors, "consent.formVersion", consent.formVersion(), 50);
        if (consent.consentedOn() == null) {
            errors.reject("consent.consentedOn", "validation.required");
        } else if (consent.consentedOn().isBefore(EARLIEST_CONSENT) || consent.consentedOn().isAfter(today)) {
            errors.reject("consent.consentedOn", "validation.date.range");
        }
        List<String> discloseTo = discloseTo(errors, consent.discloseTo());
        List<RegistrantConnection> connections = connections(errors, form.connections());
        errors.throwIfAny();
        String searchKey = JapaneseText.searchKey(name) + " " + JapaneseText.searchKey(kana);
        return new ValidRegistrant(name, kana, searchKey, birth, sex, postal, address, phone, living, livingNotes, care,
                medical, consentVersion, consent.consentedOn(), discloseTo, connections);
    }

    private static MedicalNotes medical(FormErrors errors, MedicalNotes medical) {
        if (medical == null) {
            return new MedicalNotes(null, null, null, null, null, null, null);
        }
        return new MedicalNotes(
                FieldRules.optional(errors, "medical.conditions", medical.conditions(), MAX_NOTE),
                FieldRules.optional(errors, "medical.medication", medical.medication(), MAX_NOTE),
                FieldRules.optional(errors, "medical.allergies", medical.allergies(), MAX_NOTE),
                FieldRules.optional(errors, "medical.familyDoctor", medical.familyDoctor(), MAX_ADDRESS),
                FieldRules.phone(errors, "medical.familyDoctorPhone", medical.familyDoctorPhone(), false),
                FieldRules.optional(errors, "medical.hospital", medical.hospital(), MAX_ADDRESS),
                FieldRules.optional(errors, "medical.notes", medical.notes(), MAX_NOTE));
    }

    private static List<String> discloseTo(FormErrors errors, List<String> recipients) {
        if (recipients == null) {
            return List.of();
        }
        LinkedHashSet<String> valid = new LinkedHashSet<>();
        for (String recipient : recipients) {
            String code = FieldRules.oneOf(errors, "consent.discloseTo", recipient, DISCLOSE_TO, true);
            if (code != null) {
                valid.add(code);
            }
        }
        return DISCLOSE_TO.stream().filter(valid::contains).toList();
    }

    /** Sorted by the priority given (missing last, otherwise in the order sent), then numbered 1, 2, 3 … */
    private static List<RegistrantConnection> connections(FormErrors errors, List<RegistrantConnection> connections) {
        if (connections == null) {
            return List.of();
        }
        if (connections.size() > MAX_CONNECTIONS) {
            errors.reject("connections", "validation.connections.tooMany", MAX_CONNECTIONS);
            return List.of();
        }
        List<Integer> order = IntStream.range(0, connections.size()).boxed()
                .sorted(Comparator.comparing(i -> priorityOf(connections.get(i)))).toList();
        List<RegistrantConnection> valid = new ArrayList<>();
        for (int n = 0; n < order.size(); n++) {
            int i = order.get(n);
            RegistrantConnection c = connections.get(i);
            String prefix = "connections[" + i + "].";
            if (c == null) {
                errors.reject(prefix + "name", "validation.required");
                continue;
            }
            valid.add(new RegistrantConnection(n + 1,
                    FieldRules.oneOf(errors, prefix + "kind", c.kind(), CONNECTION_KINDS, true),
                    FieldRules.required(errors, prefix + "name", c.name(), MAX_NAME),
                    FieldRules.optional(errors, prefix + "relation", c.relation(), 50),
                    FieldRules.phone(errors, prefix + "phone", c.phone(), false),
                    FieldRules.optional(errors, prefix + "notes", c.notes(), 500)));
        }
        return valid;
    }

    private static int priorityOf(RegistrantConnection connection) {
        return connection == null || connection.priority() == null ? Integer.MAX_VALUE : connection.priority();
    }
}
