package jp.mimamo.noren.centres;

import jp.mimamo.noren.shared.FieldRules;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.JapaneseText;

import java.util.Locale;
import java.util.regex.Pattern;

/** What a centre must have: a name and a phone number, because both are printed on every keychain of the centre. */
final class CentreRules {
    static final int MAX_NAME = 100;
    static final int MAX_TEXT = 200;
    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._@+-]{0,99}$");

    private CentreRules() {
    }

    static ValidCentre validate(CentreForm form, Locale locale) {
        FormErrors errors = new FormErrors(locale);
        ValidCentre centre = new ValidCentre(
                FieldRules.required(errors, "name", form.name(), MAX_NAME),
                FieldRules.reading(errors, "nameKana", form.nameKana(), MAX_NAME, false),
                FieldRules.postalCode(errors, "postalCode", form.postalCode()),
                FieldRules.optional(errors, "address", form.address(), MAX_TEXT),
                FieldRules.phone(errors, "phone", form.phone(), true),
                FieldRules.optional(errors, "openingHours", form.openingHours(), MAX_TEXT),
                FieldRules.optional(errors, "afterHoursContact", form.afterHoursContact(), MAX_TEXT),
                FieldRules.phone(errors, "afterHoursPhone", form.afterHoursPhone(), false),
                FieldRules.email(errors, "email", form.email()));
        errors.throwIfAny();
        return centre;
    }

    /** Keycloak usernames are lower case; invited users' usernames are their email addresses. */
    static String username(String value, Locale locale) {
        String folded = JapaneseText.folded(value);
        String username = folded == null ? null : folded.toLowerCase(Locale.ROOT);
        if (username == null || !USERNAME.matcher(username).matches()) {
            FormErrors errors = new FormErrors(locale);
            errors.reject("username", "validation.username");
            errors.throwIfAny();
        }
        return username;
    }

    static int requireVersion(Integer version, Locale locale) {
        if (version == null) {
            FormErrors errors = new FormErrors(locale);
            errors.reject("version", "validation.required");
            errors.throwIfAny();
        }
        return version;
    }
}
