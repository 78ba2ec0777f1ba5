package jp.mimamo.noren.updates;

import jp.mimamo.noren.shared.FieldRules;
import jp.mimamo.noren.shared.FormErrors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Checks a {@link ContactForm}: every problem is reported at once, in the caller's language, before anything is written. */
final class ContactRules {
    static final List<String> METHODS = List.of("visit", "phone", "centre", "letter");
    static final List<String> OUTCOMES = List.of("updated", "no-change", "unreachable");
    /** The parts of a registrant's record an update may change: the registrant form's field names. */
    static final List<String> FIELDS = List.of("name", "nameKana", "birthDate", "sex", "postalCode", "address", "phone",
            "livingSituation", "livingNotes", "careLevel", "medical", "consent", "connections");
    static final int MAX_CONCERN = 1000;
    /** A contact may be recorded up to this many days after it was made. */
    static final int MAX_DAYS_LATE = 90;

    private ContactRules() {
    }

    record ValidContact(long registrantId, int registrantVersion, LocalDate contactedOn, String method, String outcome,
                        List<String> changedFields, String concern, boolean followUp) {
        boolean completes() {
            return !outcome.equals("unreachable");
        }
    }

    static ValidContact validate(ContactForm form, LocalDate today, Locale locale) {
        FormErrors errors = new FormErrors(locale);
        if (form.registrantId() == null) {
            errors.reject("registrantId", "validation.required");
        }
        if (form.registrantVersion() == null) {
            errors.reject("registrantVersion", "validation.required");
        }
        String method = FieldRules.oneOf(errors, "method", form.method(), METHODS, true);
        String outcome = FieldRules.oneOf(errors, "outcome", form.outcome(), OUTCOMES, true);
        String concern = FieldRules.optional(errors, "concern", form.concern(), MAX_CONCERN);
        LocalDate on = form.contactedOn() == null ? today : form.contactedOn();
        if (on.isAfter(today) || on.isBefore(today.minusDays(MAX_DAYS_LATE))) {
            errors.reject("contactedOn", "validation.update.contactedOn", MAX_DAYS_LATE);
        }
        List<String> changed = new ArrayList<>();
        for (String field : form.changedFields() == null ? List.<String>of() : form.changedFields()) {
            if (!FIELDS.contains(field)) {
                errors.reject("changedFields", "validation.oneOf", String.join(", ", FIELDS));
                break;
            }
            if (!changed.contains(field)) {
                changed.add(field);
            }
        }
        if ("updated".equals(outcome) && changed.isEmpty()) {
            errors.reject("changedFields", "validation.update.changedFields");
        }
        if (!"updated".equals(outcome) && !changed.isEmpty() && outcome != null) {
            errors.reject("changedFields", "validation.update.nothingChanged");
        }
        boolean followUp = Boolean.TRUE.equals(form.followUp());
        if (followUp && concern == null) {
            errors.reject("concern", "validation.update.concernForFollowUp");
        }
        errors.throwIfAny();
        return new ValidContact(form.registrantId(), form.registrantVersion(), on, method, outcome, List.copyOf(changed), concern,
                followUp);
    }
}
