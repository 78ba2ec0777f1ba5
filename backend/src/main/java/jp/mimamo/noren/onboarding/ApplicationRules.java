package jp.mimamo.noren.onboarding;

import jp.mimamo.noren.shared.FieldRules;
import jp.mimamo.noren.shared.FormErrors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks an application field by field; every message is for the field it concerns. */
final class ApplicationRules {
    private ApplicationRules() {
    }

    record Checked(String regionName, String code, String municipality, String organiserName, String organiserEmail,
                   String organisation, List<PartnerForm> partners, int expectedCentres, String message) {
    }

    static Checked check(ApplicationForm form, Locale locale, FormErrors errors) {
        String regionName = FieldRules.required(errors, "regionName", form.regionName(), 100);
        String code = RegionCodes.check(errors, "code", form.code());
        String municipality = FieldRules.required(errors, "municipality", form.municipality(), 100);
        String organiserName = FieldRules.required(errors, "organiserName", form.organiserName(), 100);
        String email = FieldRules.email(errors, "organiserEmail", form.organiserEmail());
        if (email == null && !errors.has("organiserEmail")) {
            errors.reject("organiserEmail", "validation.required");
        }
        String organisation = FieldRules.required(errors, "organisation", form.organisation(), 200);
        List<PartnerForm> partners = partners(errors, form.partners());
        Integer centres = form.expectedCentres();
        if (centres == null) {
            errors.reject("expectedCentres", "validation.required");
        } else if (centres < 0 || centres > 999) {
            errors.reject("expectedCentres", "validation.range", 0, 999);
        }
        String message = FieldRules.optional(errors, "message", form.message(), 2000);
        if (!Boolean.TRUE.equals(form.agreedToTerms())) {
            errors.reject("agreedToTerms", "validation.onboarding.terms");
        }
        return new Checked(regionName, code, municipality, organiserName, email, organisation, partners,
                centres == null ? 0 : centres, message);
    }

    private static List<PartnerForm> partners(FormErrors errors, List<PartnerForm> given) {
        List<PartnerForm> partners = new ArrayList<>();
        Set<String> roles = new HashSet<>();
        List<PartnerForm> rows = given == null ? List.of() : given;
        if (rows.size() > 50) {
            errors.reject("partners", "validation.onboarding.partners.tooMany", 50);
            return partners;
        }
        for (int i = 0; i < rows.size(); i++) {
            PartnerForm row = rows.get(i);
            if (row == null || (blank(row.name()) && blank(row.role()))) {
                continue;
            }
            String name = FieldRules.required(errors, "partners[" + i + "].name", row.name(), 200);
            String role = FieldRules.oneOf(errors, "partners[" + i + "].role", row.role(),
                    List.copyOf(PartnerRoles.LABELS.keySet()), true);
            if (name != null && role != null) {
                partners.add(new PartnerForm(name, role));
                roles.add(role);
            }
        }
        if (partners.size() < PartnerRoles.MINIMUM || roles.size() < PartnerRoles.MINIMUM) {
            errors.reject("partners", "validation.onboarding.partners", PartnerRoles.MINIMUM);
        }
        return partners;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
