package jp.mimamo.noren.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects the rejected fields of one form in the caller's language, then throws them all at once. */
public final class FormErrors {
    private final Locale locale;
    private final List<FieldError> errors = new ArrayList<>();

    public FormErrors(Locale locale) {
        this.locale = locale;
    }

    public void reject(String field, String messageKey, Object... args) {
        errors.add(new FieldError(field, Messages.get(locale, messageKey, args)));
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors, "problem.validation.detail");
        }
    }
}
