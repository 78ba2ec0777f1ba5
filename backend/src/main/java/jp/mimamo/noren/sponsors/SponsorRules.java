package jp.mimamo.noren.sponsors;

import jp.mimamo.noren.shared.FieldRules;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.JapaneseText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a sponsor record must look like. Input is forgiving where offices are (全角 digits, ｶﾅ, 1234567 for
 * a postal code) and stored in one form (123-4567, katakana readings).
 */
public final class SponsorRules {
    static final int MAX_NAME = 200;
    static final int MAX_ADDRESS = 400;
    static final int MAX_NOTES = 4000;
    static final int MAX_CONTACTS = 20;
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
        return FieldRules.required(errors, field, value, max);
    }

    private static String optionalText(FormErrors errors, String field, String value, int max) {
        return FieldRules.optional(errors, field, value, max);
    }

    private static String reading(FormErrors errors, String field, String value, boolean required) {
        return FieldRules.reading(errors, field, value, MAX_NAME, required);
    }

    private static String postalCode(FormErrors errors, String value) {
        return FieldRules.postalCode(errors, "postalCode", value);
    }

    private static String phone(FormErrors errors, String field, String value) {
        return FieldRules.phone(errors, field, value, false);
    }

    private static String email(FormErrors errors, String field, String value) {
        return FieldRules.email(errors, field, value);
    }
}
