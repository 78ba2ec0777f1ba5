package jp.mimamo.noren.lookups;

import jp.mimamo.noren.shared.FieldRules;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.JapaneseText;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a responder organisation must have: a name, a kind and a phone number the centre can call back. */
final class OrganisationRules {
    static final List<String> KINDS = List.of("hospital", "police", "fire", "other");
    static final int MAX_NAME = 100;
    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._@+-]{0,99}$");

    private OrganisationRules() {
    }

    record Valid(String name, String kind, String phone, boolean approved) {
    }

    static Valid validate(OrganisationForm form, Locale locale) {
        FormErrors errors = new FormErrors(locale);
        Valid valid = new Valid(FieldRules.required(errors, "name", form.name(), MAX_NAME),
                FieldRules.oneOf(errors, "kind", form.kind(), KINDS, true),
                FieldRules.phone(errors, "phone", form.phone(), true),
                Boolean.TRUE.equals(form.approved()));
        errors.throwIfAny();
        return valid;
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
