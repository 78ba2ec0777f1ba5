package jp.mimamo.noren.registrants;

import jp.mimamo.noren.shared.FieldRules;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The rules of a status change: a new status, the day it took effect (not in the future) and a reason. A
 * withdrawal of consent and a death end the registration for good; a person who consents again is registered
 * anew, with the new consent form.
 */
final class RegistrantStatusRules {
    static final List<String> FINAL = List.of("withdrawn", "deceased");
    static final int MAX_REASON = 500;

    private RegistrantStatusRules() {
    }

    record Change(String status, LocalDate effectiveOn, String reason, int version) {
    }

    static Change validate(StatusForm form, String current, LocalDate today, Locale locale) {
        if (FINAL.contains(current)) {
            throw new ProblemException(ProblemType.CONFLICT, "problem.registrant.ended");
        }
        FormErrors errors = new FormErrors(locale);
        String status = FieldRules.oneOf(errors, "status", form.status(), RegistrantQuery.STATUSES, true);
        if (status != null && status.equals(current)) {
            errors.reject("status", "validation.status.same");
        }
        if (form.effectiveOn() == null) {
            errors.reject("effectiveOn", "validation.required");
        } else if (form.effectiveOn().isAfter(today) || form.effectiveOn().isBefore(RegistrantRules.EARLIEST_CONSENT)) {
            errors.reject("effectiveOn", "validation.date.range");
        }
        String reason = FieldRules.required(errors, "reason", form.reason(), MAX_REASON);
        if (form.version() == null) {
            errors.reject("version", "validation.required");
        }
        errors.throwIfAny();
        return new Change(status, form.effectiveOn(), reason, form.version());
    }
}
