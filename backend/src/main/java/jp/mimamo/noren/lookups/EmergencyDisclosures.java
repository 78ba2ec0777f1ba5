package jp.mimamo.noren.lookups;

import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.FieldRules;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The region admin's queue of break-glass look-ups by the region's responders, and their review. */
@Singleton
class EmergencyDisclosures {
    static final int MAX_NOTE = 500;
    private static final String COLUMNS = """
            id, at, username, display_name, organisation_id, organisation_name, number, home_region, result, reason,
            reason_text, justification, reviewed_at, reviewed_by, review_note, version""";

    private final RegionDatabase database;

    EmergencyDisclosures(RegionDatabase database) {
        this.database = database;
    }

    record New(String username, String displayName, ResponderOrganisation organisation, String number, String homeRegion,
               String result, String reason, String reasonText, String justification) {
    }

    static void insert(Connection c, String region, New d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into emergency_disclosures (region_id, username, display_name, organisation_id, organisation_name, number,
                                                   home_region, result, reason, reason_text, justification)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setString(1, region);
            ps.setString(2, d.username());
            ps.setString(3, d.displayName());
            ps.setObject(4, d.organisation() == null ? null : d.organisation().id());
            ps.setString(5, d.organisation() == null ? null : d.organisation().name());
            ps.setString(6, d.number());
            ps.setString(7, d.homeRegion());
            ps.setString(8, d.result());
            ps.setString(9, d.reason());
            ps.setString(10, d.reasonText());
            ps.setString(11, d.justification());
            ps.executeUpdate();
        }
    }

    List<EmergencyDisclosure> list(CurrentRegion region, boolean pendingOnly) {
        return database.inRegion(region, c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from emergency_disclosures where region_id = ?"
                    + (pendingOnly ? " and reviewed_at is null" : "") + " order by at desc, id desc limit 200")) {
                ps.setString(1, region.code());
                List<EmergencyDisclosure> all = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        all.add(disclosure(rs));
                    }
                }
                return all;
            }
        });
    }

    EmergencyDisclosure review(CurrentRegion region, long id, EmergencyDisclosure.Review review, Locale locale) {
        FormErrors errors = new FormErrors(locale);
        String note = FieldRules.required(errors, "note", review.note(), MAX_NOTE);
        if (review.version() == null) {
            errors.reject("version", "validation.required");
        }
        errors.throwIfAny();
        return database.inRegion(region, c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    update emergency_disclosures set reviewed_at = now(), reviewed_by = ?, review_note = ?, version = version + 1
                    where region_id = ? and id = ? and version = ? returning""" + " " + COLUMNS)) {
                ps.setString(1, region.caller().username());
                ps.setString(2, note);
                ps.setString(3, region.code());
                ps.setLong(4, id);
                ps.setInt(5, review.version());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return disclosure(rs);
                    }
                }
            }
            if (!exists(c, region.code(), id)) {
                throw ProblemException.notFound();
            }
            throw ProblemException.staleVersion();
        });
    }

    private static boolean exists(Connection c, String region, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select 1 from emergency_disclosures where region_id = ? and id = ?")) {
            ps.setString(1, region);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static EmergencyDisclosure disclosure(ResultSet rs) throws SQLException {
        Timestamp reviewed = rs.getTimestamp(13);
        return new EmergencyDisclosure(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                (Long) rs.getObject(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12), reviewed == null ? null : reviewed.toInstant(), rs.getString(14),
                rs.getString(15), rs.getInt(16));
    }
}
