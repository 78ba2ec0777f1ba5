package jp.mimamo.noren.registryfiles;

import jp.mimamo.noren.keychains.RegistrationNumber;
import jp.mimamo.noren.registrants.Consent;
import jp.mimamo.noren.registrants.MedicalNotes;
import jp.mimamo.noren.registrants.RegistrantConnection;
import jp.mimamo.noren.registrants.RegistrantForm;
import jp.mimamo.noren.registrants.RegistrantRules;
import jp.mimamo.noren.registrants.ValidRegistrant;
import jp.mimamo.noren.shared.FieldError;
import jp.mimamo.noren.shared.JapaneseText;
import jp.mimamo.noren.shared.Messages;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.tables.TableRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One row of a registry file against the stored registry: which registrant it is (by its keychain number when it
 * has one, else by name, reading and birth date), what it would write, and, when it cannot be imported, every
 * reason in the reader's language. A column the file does not have leaves the stored value as it is; a column
 * that is there but empty clears an optional value. 緊急連絡先1–3 replace the first three connections and keep
 * the kind and notes of a connection with the same name; any further connections stay.
 */
final class RegistryRowCheck {
    private static final Pattern FAMILY = Pattern.compile(".*(子|男|女|妻|夫|兄|弟|姉|妹|孫|嫁|婿|甥|姪|母|父|家族|親).*");
    private static final List<String> ENDED = List.of("deceased", "withdrawn");

    /** What the preview stages for a row that can be imported. */
    record Staged(int row, String action, Long registrantId, Integer baseVersion, RegistryRow values, RegistryRow before,
                  String keychainNumber, boolean issueNumber, List<String> changed) {
    }

    record Outcome(int row, Staged staged, List<String> messages) {
    }

    private final Map<RegistryField, Integer> columns;
    private final ExistingRegistry existing;
    private final Importer importer;
    private final String prefix;
    private final boolean issueNumbers;
    private final LocalDate today;
    private final Locale locale;
    private final Map<String, Integer> numbersSeen = new HashMap<>();
    private final Map<Long, Integer> registrantsSeen = new HashMap<>();
    private final Map<String, Integer> peopleSeen = new HashMap<>();

    /** Who imports: a region admin imports for any centre, centre staff for their own centre only. */
    record Importer(boolean admin, Long centreId) {
    }

    RegistryRowCheck(Map<RegistryField, Integer> columns, ExistingRegistry existing, Importer importer, String prefix,
                     boolean issueNumbers, LocalDate today, Locale locale) {
        this.columns = columns;
        this.existing = existing;
        this.importer = importer;
        this.prefix = prefix;
        this.issueNumbers = issueNumbers;
        this.today = today;
        this.locale = locale;
    }

    Outcome check(TableRow row) {
        List<String> messages = new ArrayList<>();
        String name = cell(row, RegistryField.NAME);
        String kana = JapaneseText.reading(cell(row, RegistryField.NAME_KANA));
        LocalDate birth = date(row, RegistryField.BIRTH_DATE, messages);
        RegistrationNumber number = number(row, messages);

        ExistingRegistry.Stored base = null;
        String numberToAdd = null;
        if (number != null) {
            ExistingRegistry.Keychain keychain = existing.keychains.get(number.canonical());
            if (keychain != null) {
                base = existing.byId.get(keychain.registrantId());
                if (base == null) {
                    messages.add(said(RegistryField.NUMBER, "validation.registry.erased"));
                } else if (keychain.revoked()) {
                    messages.add(said(RegistryField.NUMBER, "validation.registry.numberRevoked"));
                }
            } else {
                numberToAdd = number.canonical();
            }
        }
        if (base == null && name != null && kana != null && birth != null && messages.isEmpty()) {
            List<Long> matches = existing.byPerson.getOrDefault(ExistingRegistry.personKey(
                    JapaneseText.searchKey(name) + " " + JapaneseText.searchKey(kana), birth), List.of());
            if (matches.size() > 1) {
                messages.add(Messages.get(locale, "validation.registry.ambiguous"));
            } else if (matches.size() == 1) {
                base = existing.byId.get(matches.get(0));
            }
        }
        if (base != null && numberToAdd != null && existing.activeNumber.containsKey(base.id())) {
            messages.add(said(RegistryField.NUMBER, "validation.registry.otherNumber", display(existing.activeNumber.get(base.id()))));
        }
        RegistryRow stored = base == null ? null : base.row();
        Long centre = centre(row, stored, messages);
        String status = code(row, RegistryField.STATUS, RegistryCells.STATUSES, stored == null ? "active" : stored.status(), messages);
        if (stored != null && status != null && ENDED.contains(stored.status()) && !status.equals(stored.status())) {
            messages.add(said(RegistryField.STATUS, "validation.registry.ended"));
        }
        ValidRegistrant valid = validate(row, name, kana, birth, stored, centre, messages);
        if (!messages.isEmpty() || valid == null || centre == null || status == null) {
            return new Outcome(row.number(), null, messages);
        }
        RegistryRow values = new RegistryRow(centre, valid.name(), valid.nameKana(), valid.searchKey(), valid.birthDate(),
                valid.sex(), valid.postalCode(), valid.address(), valid.phone(), valid.livingSituation(), valid.livingNotes(),
                valid.careLevel(), valid.medical(), valid.consentFormVersion(), valid.consentedOn(), valid.discloseTo(), status,
                valid.connections());
        if (!seenOnce(row.number(), base, values, numberToAdd, number, messages)) {
            return new Outcome(row.number(), null, messages);
        }
        boolean issue = issueNumbers && numberToAdd == null && number == null && (base == null || !existing.activeNumber.containsKey(base.id()));
        if (base == null) {
            return new Outcome(row.number(), new Staged(row.number(), "create", null, null, values, null, numberToAdd, issue, List.of()), messages);
        }
        List<String> changed = values.changedFrom(stored);
        if (numberToAdd != null || issue) {
            changed = new ArrayList<>(changed);
            changed.add(RegistryField.NUMBER.title);
        }
        String action = changed.isEmpty() ? "unchanged" : "update";
        return new Outcome(row.number(), new Staged(row.number(), action, base.id(), base.version(), values, stored, numberToAdd, issue, changed), messages);
    }

    private boolean seenOnce(int rowNumber, ExistingRegistry.Stored base, RegistryRow values, String numberToAdd,
                             RegistrationNumber number, List<String> messages) {
        if (number != null) {
            Integer first = numbersSeen.putIfAbsent(number.canonical(), rowNumber);
            if (first != null) {
                messages.add(said(RegistryField.NUMBER, "validation.registry.numberTwice", first));
            }
        }
        Integer first = base != null ? registrantsSeen.putIfAbsent(base.id(), rowNumber)
                : peopleSeen.putIfAbsent(ExistingRegistry.personKey(values.searchKey(), values.birthDate()), rowNumber);
        if (first != null) {
            messages.add(Messages.get(locale, "validation.registry.personTwice", first));
        }
        return messages.isEmpty();
    }

    private ValidRegistrant validate(TableRow row, String name, String kana, LocalDate birth, RegistryRow stored, Long centre,
                                     List<String> messages) {
        String sex = code(row, RegistryField.SEX, RegistryCells.SEXES, stored == null ? "unanswered" : stored.sex(), messages);
        String living = code(row, RegistryField.LIVING, RegistryCells.LIVING, stored == null ? "other" : stored.livingSituation(), messages);
        String care = has(RegistryField.CARE_LEVEL)
                ? code(row, RegistryField.CARE_LEVEL, RegistryCells.CARE_LEVELS, null, messages) : stored == null ? null : stored.careLevel();
        List<String> discloseTo = stored == null ? List.of() : stored.discloseTo();
        if (has(RegistryField.DISCLOSE_TO)) {
            discloseTo = RegistryCells.codes(cell(row, RegistryField.DISCLOSE_TO), RegistryCells.DISCLOSE_TO);
            if (discloseTo == null) {
                messages.add(said(RegistryField.DISCLOSE_TO, "validation.registry.word", "病院、警察、消防"));
            }
        }
        LocalDate consentedOn = date(row, RegistryField.CONSENTED_ON, messages);
        MedicalNotes before = stored == null ? new MedicalNotes(null, null, null, null, null, null, null) : stored.medical();
        MedicalNotes medical = new MedicalNotes(text(row, RegistryField.CONDITIONS, before.conditions()),
                text(row, RegistryField.MEDICATION, before.medication()), before.allergies(),
                text(row, RegistryField.FAMILY_DOCTOR, before.familyDoctor()), before.familyDoctorPhone(), before.hospital(),
                before.notes());
        RegistrantForm form = new RegistrantForm(centre, name, kana, birth, sex,
                text(row, RegistryField.POSTAL_CODE, stored == null ? null : stored.postalCode()),
                text(row, RegistryField.ADDRESS, stored == null ? null : stored.address()),
                text(row, RegistryField.PHONE, stored == null ? null : stored.phone()), living,
                stored == null ? null : stored.livingNotes(), care, medical,
                new Consent(text(row, RegistryField.CONSENT_VERSION, null), consentedOn, discloseTo == null ? List.of() : discloseTo),
                connections(row, stored == null ? List.of() : stored.connections()), null);
        try {
            ValidRegistrant valid = RegistrantRules.validate(form, today, locale);
            return messages.isEmpty() ? valid : null;
        } catch (ProblemException e) {
            for (FieldError error : e.errors()) {
                String header = header(error.field());
                if (messages.stream().noneMatch(m -> m.startsWith(header + ": "))) {
                    messages.add(header + ": " + error.message());
                }
            }
            return null;
        }
    }

    private List<RegistrantConnection> connections(TableRow row, List<RegistrantConnection> stored) {
        if (!has(RegistryField.contact(1, 0))) {
            return stored;
        }
        List<RegistrantConnection> connections = new ArrayList<>();
        for (int n = 1; n <= RegistryField.CONTACTS; n++) {
            String name = has(RegistryField.contact(n, 0)) ? cell(row, RegistryField.contact(n, 0)) : n <= stored.size() ? stored.get(n - 1).name() : null;
            if (name == null) {
                continue;
            }
            RegistrantConnection same = n <= stored.size() && JapaneseText.searchKey(stored.get(n - 1).name()).equals(JapaneseText.searchKey(name))
                    ? stored.get(n - 1) : null;
            String relation = has(RegistryField.contact(n, 1)) ? cell(row, RegistryField.contact(n, 1)) : same == null ? null : same.relation();
            String phone = has(RegistryField.contact(n, 2)) ? cell(row, RegistryField.contact(n, 2)) : same == null ? null : same.phone();
            String kind = same != null ? same.kind() : relation != null && FAMILY.matcher(relation).matches() ? "family" : "other";
            connections.add(new RegistrantConnection(connections.size() + 1, kind, name, relation, phone, same == null ? null : same.notes()));
        }
        for (int i = RegistryField.CONTACTS; i < stored.size(); i++) {
            RegistrantConnection kept = stored.get(i);
            connections.add(new RegistrantConnection(connections.size() + 1, kept.kind(), kept.name(), kept.relation(), kept.phone(), kept.notes()));
        }
        return connections;
    }

    private Long centre(TableRow row, RegistryRow stored, List<String> messages) {
        String name = cell(row, RegistryField.CENTRE);
        Long centre;
        if (name != null) {
            centre = existing.centresByName.get(JapaneseText.searchKey(name));
            if (centre == null) {
                messages.add(said(RegistryField.CENTRE, "validation.registry.centre", name));
                return null;
            }
        } else if (stored != null) {
            centre = stored.centreId();
        } else if (importer.centreId() != null) {
            centre = importer.centreId();
        } else if (existing.centreNames.size() == 1) {
            centre = existing.centreNames.keySet().iterator().next();
        } else {
            messages.add(said(RegistryField.CENTRE, "validation.registry.centreNeeded"));
            return null;
        }
        if (!importer.admin() && (!centre.equals(importer.centreId()) || (stored != null && stored.centreId() != centre))) {
            messages.add(Messages.get(locale, "validation.registry.otherCentre"));
            return null;
        }
        return centre;
    }

    private RegistrationNumber number(TableRow row, List<String> messages) {
        String typed = cell(row, RegistryField.NUMBER);
        if (typed == null) {
            return null;
        }
        try {
            RegistrationNumber number = RegistrationNumber.parse(typed);
            if (!number.prefix().equals(prefix)) {
                messages.add(said(RegistryField.NUMBER, "validation.registry.otherPrefix", prefix));
                return null;
            }
            return number;
        } catch (RegistrationNumber.Invalid e) {
            messages.add(said(RegistryField.NUMBER, e.reason() == RegistrationNumber.Invalid.Reason.FORMAT
                    ? "validation.registry.numberFormat" : "validation.registry.checkDigit"));
            return null;
        }
    }

    private LocalDate date(TableRow row, RegistryField field, List<String> messages) {
        String text = cell(row, field);
        if (text == null) {
            return null;
        }
        LocalDate date = RegistryCells.date(text);
        if (date == null) {
            messages.add(said(field, "validation.registry.date"));
        }
        return date;
    }

    private String code(TableRow row, RegistryField field, Map<String, String> codes, String otherwise, List<String> messages) {
        String text = cell(row, field);
        if (text == null) {
            return otherwise;
        }
        String code = RegistryCells.code(text, codes);
        if (code == null) {
            messages.add(said(field, "validation.registry.word", String.join("、", codes.values())));
        }
        return code;
    }

    /** The cell when the file has the column; else {@code stored}. An empty cell is null. */
    private String text(TableRow row, RegistryField field, String stored) {
        return has(field) ? cell(row, field) : stored;
    }

    private boolean has(RegistryField field) {
        return columns.containsKey(field);
    }

    private String cell(TableRow row, RegistryField field) {
        Integer index = columns.get(field);
        return index == null ? null : JapaneseText.trimmed(row.cell(index));
    }

    private String said(RegistryField field, String key, Object... args) {
        return field.title + ": " + Messages.get(locale, key, args);
    }

    private static String header(String field) {
        if (field.startsWith("connections[")) {
            int n = Integer.parseInt(field.substring("connections[".length(), field.indexOf(']'))) + 1;
            String part = field.substring(field.indexOf("].") + 2);
            return n <= RegistryField.CONTACTS ? RegistryField.contact(n, part.equals("phone") ? 2 : part.equals("relation") ? 1 : 0).title : "緊急連絡先";
        }
        return Optional.ofNullable(FIELDS.get(field)).map(f -> f.title).orElse(field);
    }

    private static String display(String canonical) {
        try {
            return RegistrationNumber.parse(canonical).display();
        } catch (RegistrationNumber.Invalid e) {
            return canonical;
        }
    }

    private static final Map<String, RegistryField> FIELDS = Map.ofEntries(Map.entry("name", RegistryField.NAME),
            Map.entry("nameKana", RegistryField.NAME_KANA), Map.entry("birthDate", RegistryField.BIRTH_DATE),
            Map.entry("sex", RegistryField.SEX), Map.entry("postalCode", RegistryField.POSTAL_CODE),
            Map.entry("address", RegistryField.ADDRESS), Map.entry("phone", RegistryField.PHONE),
            Map.entry("livingSituation", RegistryField.LIVING), Map.entry("careLevel", RegistryField.CARE_LEVEL),
            Map.entry("medical.conditions", RegistryField.CONDITIONS), Map.entry("medical.medication", RegistryField.MEDICATION),
            Map.entry("medical.familyDoctor", RegistryField.FAMILY_DOCTOR), Map.entry("consent.formVersion", RegistryField.CONSENT_VERSION),
            Map.entry("consent.consentedOn", RegistryField.CONSENTED_ON), Map.entry("consent.discloseTo", RegistryField.DISCLOSE_TO));
}
