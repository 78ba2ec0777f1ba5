package jp.mimamo.noren.sponsors;

import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.JapaneseText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a sponsor record must look like. Input is forgiving where offices are (全角 digits, ｶﾅ, 1234567 for
 * a postal code) and stored in one form (123-4567, katakana readings).
 */
public final class SponsorRules {
    static final int MAX_NAME = 200;
    static final int MAX_ADDRESS = 400;
    static final int MAX_NOTES = 4000;
    static final int MAX_CONTACTS = 20;
    private static final Pattern POSTAL = Pattern.compile("^(\\d{3})-?(\\d{4})$");
    private static final Pattern PHONE = Pattern.compile("^0\\d{1,4}-?\\d{1,4}-?\\d{3,4}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");
    private static final LocalDate EARLIEST_JOINING = LocalDate.of(2000, 1, 1);

    private SponsorRules() {
    }

    /**
     * Checks and normalises one sponsor; public for the roster import, which validates every row before writing any.
     * Throws a validation {@code ProblemException} with all the field errors at once.
     */
    public static ValidSponsor validate(SponsorForm form, Set<String> activeCategories, Locale locale) {
        FormErrors errors = new FormErrors(locale);
        String name = requiredText(errors, "name", form.name(), MAX_NAME);
        String kana = reading(errors, "nameKana", form.nameKana(), true);
        String category = JapaneseText.folded(form.categoryCode());
        if (category == null) {
            errors.reject("categoryCode", "validation.required");
        } else if (!activeCategories.contains(category)) {
            errors.reject("categoryCode", "validation.category.unknown", category);
        }
        String postal = postalCode(errors, form.postalCode());
        String address = optionalText(errors, "address", form.address(), MAX_ADDRESS);
        String phone = phone(errors, "phone", form.phone());
        String email = email(errors, "email", form.email());
        if (form.joinedOn() != null && (form.joinedOn().isBefore(EARLIEST_JOINING) || form.joinedOn().isAfter(LocalDate.now().plusYears(2)))) {
            errors.reject("joinedOn", "validation.date.range");
        }
        String notes = optionalText(errors, "notes", form.notes(), MAX_NOTES);
        List<SponsorContact> contacts = contacts(errors, form.contacts());
        errors.throwIfAny();
        String searchKey = JapaneseText.searchKey(name) + " " + JapaneseText.searchKey(kana);
        return new ValidSponsor(name, kana, searchKey, category, postal, address, phone, email, form.joinedOn(), notes, contacts);
    }

    private static List<SponsorContact> contacts(FormErrors errors, List<SponsorContact> contacts) {
        if (contacts == null) {
            return List.of();
        }
        if (contacts.size() > MAX_CONTACTS) {
            errors.reject("contacts", "validation.contacts.tooMany", MAX_CONTACTS);
            return List.of();
        }
        List<SponsorContact> valid = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            SponsorContact c = contacts.get(i);
            String prefix = "contacts[" + i + "].";
            if (c == null) {
                errors.reject(prefix + "name", "validation.required");
                continue;
            }
            valid.add(new SponsorContact(requiredText(errors, prefix + "name", c.name(), 100),
                    reading(errors, prefix + "nameKana", c.nameKana(), false),
                    optionalText(errors, prefix + "title", c.title(), 100),
                    phone(errors, prefix + "phone", c.phone()),
                    email(errors, prefix + "email", c.email())));
        }
        return valid;
    }

    private static String requiredText(FormErrors errors, String field, String value, int max) {
        String text = JapaneseText.trimmed(value);
        if (text == null) {
            errors.reject(field, "validation.required");
        } else if (text.length() > max) {
            errors.reject(field, "validation.tooLong", max);
        }
        return text;
    }

    private static String optionalText(FormErrors errors, String field, String value, int max) {
        String text = JapaneseText.trimmed(value);
        if (text != null && text.length() > max) {
            errors.reject(field, "validation.tooLong", max);
        }
        return text;
    }

    private static String reading(FormErrors errors, String field, String value, boolean required) {
        String reading = JapaneseText.reading(JapaneseText.trimmed(value));
        if (reading == null || reading.isEmpty()) {
            if (required) {
                errors.reject(field, "validation.required");
            }
            return null;
        }
        if (reading.length() > MAX_NAME) {
            errors.reject(field, "validation.tooLong", MAX_NAME);
        } else if (!JapaneseText.isKatakanaReading(reading)) {
            errors.reject(field, "validation.kana");
        }
        return reading;
    }

    private static String postalCode(FormErrors errors, String value) {
        String folded = JapaneseText.folded(value);
        if (folded == null) {
            return null;
        }
        var matcher = POSTAL.matcher(folded.replace('ー', '-').replace('−', '-'));
        if (!matcher.matches()) {
            errors.reject("postalCode", "validation.postalCode");
            return null;
        }
        return matcher.group(1) + "-" + matcher.group(2);
    }

    private static String phone(FormErrors errors, String field, String value) {
        String folded = JapaneseText.folded(value);
        if (folded == null) {
            return null;
        }
        String normal = folded.replace('ー', '-').replace('−', '-').replace(" ", "");
        long digits = normal.chars().filter(Character::isDigit).count();
        if (!PHONE.matcher(normal).matches() || digits < 10 || digits > 11) {
            errors.reject(field, "validation.phone");
            return null;
        }
        return normal;
    }

    private static String email(FormErrors errors, String field, String value) {
        String folded = JapaneseText.folded(value);
        if (folded == null) {
            return null;
        }
        if (folded.length() > 254 || !EMAIL.matcher(folded).matches()) {
            errors.reject(field, "validation.email");
            return null;
        }
        return folded;
    }
}
