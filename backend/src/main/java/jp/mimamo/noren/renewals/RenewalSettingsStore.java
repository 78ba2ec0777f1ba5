package jp.mimamo.noren.renewals;

import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.JapaneseText;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Pattern;

/** A region's renewal settings; a region that never saved any uses the defaults (10,000 yen a unit, no proration). */
@Singleton
class RenewalSettingsStore {
    private static final Pattern REGISTRATION_NUMBER = Pattern.compile("^T\\d{13}$");
    private final RegionDatabase database;

    RenewalSettingsStore(RegionDatabase database) {
        this.database = database;
    }

    RenewalSettings get(CurrentRegion region) {
        return database.inRegion(region, c -> read(c, region.code()));
    }

    RenewalSettings save(CurrentRegion region, RenewalSettings form, Locale locale) {
        FormErrors errors = new FormErrors(locale);
        if (form.unitFee() == null) {
            errors.reject("unitFee", "validation.required");
        } else if (form.unitFee() < 0 || form.unitFee() > 10_000_000) {
            errors.reject("unitFee", "validation.range", 0, 10_000_000);
        }
        if (Proration.of(form.proration()).isEmpty()) {
            errors.reject("proration", "validation.oneOf", "none, monthly");
        }
        String number = JapaneseText.folded(form.invoiceRegistrationNumber());
        if (number != null) {
            number = number.toUpperCase(Locale.ROOT).replace("-", "");
            if (!REGISTRATION_NUMBER.matcher(number).matches()) {
                errors.reject("invoiceRegistrationNumber", "validation.renewal.registrationNumber");
            }
        }
        String paymentNote = JapaneseText.trimmed(form.paymentNote());
        if (paymentNote != null && paymentNote.length() > RenewalSettings.MAX_PAYMENT_NOTE) {
            errors.reject("paymentNote", "validation.tooLong", RenewalSettings.MAX_PAYMENT_NOTE);
        }
        errors.throwIfAny();
        String registration = number;
        return database.inRegion(region, c -> {
            String sql = form.version() == null
                    ? "insert into renewal_settings (unit_fee, proration, invoice_registration_number, payment_note, region_id)"
                      + " values (?, ?, ?, ?, ?) on conflict (region_id) do nothing"
                    : "update renewal_settings set unit_fee = ?, proration = ?, invoice_registration_number = ?, payment_note = ?,"
                      + " version = version + 1, updated_at = now() where region_id = ? and version = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setInt(1, form.unitFee());
                ps.setString(2, form.proration());
                ps.setString(3, registration);
                ps.setString(4, paymentNote);
                ps.setString(5, region.code());
                if (form.version() != null) {
                    ps.setInt(6, form.version());
                }
                if (ps.executeUpdate() == 0) {
                    throw ProblemException.staleVersion();
                }
            }
            return read(c, region.code());
        });
    }

    static RenewalSettings read(Connection c, String region) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select unit_fee, proration, invoice_registration_number, payment_note, version from renewal_settings"
                        + " where region_id = ?")) {
            ps.setString(1, region);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new RenewalSettings(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5))
                        : RenewalSettings.DEFAULTS;
            }
        }
    }
}
