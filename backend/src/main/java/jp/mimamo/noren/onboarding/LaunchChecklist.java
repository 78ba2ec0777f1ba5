package jp.mimamo.noren.onboarding;

import jakarta.inject.Singleton;
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

/**
 * The launch checklist of a region: partner agreements (ticked per partner), the first support centre, the
 * first sponsor and the first seminar (ticked from the region's own records), and the consent form reviewed
 * (ticked by the admin). A region made before onboarding existed has no partners and an empty checklist row.
 */
@Singleton
class LaunchChecklist {
    private final RegionDatabase database;

    LaunchChecklist(RegionDatabase database) {
        this.database = database;
    }

    LaunchChecklistView get(CurrentRegion region) {
        return database.inRegion(region, c -> read(c, region.code()));
    }

    LaunchChecklistView tickPartner(CurrentRegion region, long partnerId, TickForm form, Locale locale) {
        boolean done = required(form, locale);
        if (form.version() == null) {
            FormErrors errors = new FormErrors(locale);
            errors.reject("version", "validation.required");
            errors.throwIfAny();
        }
        return database.inRegion(region, c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    update launch_partners set agreement_signed_at = case when ? then coalesce(agreement_signed_at, now()) end,
                           version = version + 1
                    where region_id = ? and id = ? and version = ?""")) {
                ps.setBoolean(1, done);
                ps.setString(2, region.code());
                ps.setLong(3, partnerId);
                ps.setInt(4, form.version());
                if (ps.executeUpdate() == 0) {
                    throw exists(c, region.code(), partnerId) ? ProblemException.staleVersion() : ProblemException.notFound();
                }
            }
            return read(c, region.code());
        });
    }

    LaunchChecklistView tickConsentForm(CurrentRegion region, TickForm form, Locale locale) {
        boolean done = required(form, locale);
        return database.inRegion(region, c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into launch_checklist (region_id, consent_form_reviewed_at, consent_form_reviewed_by)
                    values (?, case when ? then now() end, ?)
                    on conflict (region_id) do update set consent_form_reviewed_at = excluded.consent_form_reviewed_at,
                        consent_form_reviewed_by = excluded.consent_form_reviewed_by, version = launch_checklist.version + 1""")) {
                ps.setString(1, region.code());
                ps.setBoolean(2, done);
                ps.setString(3, done ? region.caller().username() : null);
                ps.executeUpdate();
            }
            return read(c, region.code());
        });
    }

    private static boolean required(TickForm form, Locale locale) {
        FormErrors errors = new FormErrors(locale);
        if (form.done() == null) {
            errors.reject("done", "validation.required");
        }
        errors.throwIfAny();
        return form.done();
    }

    private static LaunchChecklistView read(Connection c, String region) throws SQLException {
        List<LaunchChecklistView.Partner> partners = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select id, name, role, agreement_signed_at, version from launch_partners where region_id = ? order by id")) {
            ps.setString(1, region);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp signed = rs.getTimestamp(4);
                    partners.add(new LaunchChecklistView.Partner(rs.getLong(1), rs.getString(2), rs.getString(3),
                            PartnerRoles.LABELS.getOrDefault(rs.getString(3), rs.getString(3)),
                            signed == null ? null : signed.toInstant(), rs.getInt(5)));
                }
            }
        }
        long signed = partners.stream().filter(p -> p.agreementSignedAt() != null).count();
        long centres = count(c, "centres", region);
        long sponsors = count(c, "sponsors", region);
        long seminars = count(c, "seminars", region);
        Timestamp reviewed = null;
        try (PreparedStatement ps = c.prepareStatement("select consent_form_reviewed_at from launch_checklist where region_id = ?")) {
            ps.setString(1, region);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    reviewed = rs.getTimestamp(1);
                }
            }
        }
        List<LaunchChecklistView.Item> items = List.of(
                new LaunchChecklistView.Item("partners", !partners.isEmpty() && signed == partners.size(), false,
                        signed + "/" + partners.size()),
                new LaunchChecklistView.Item("centre", centres > 0, true, String.valueOf(centres)),
                new LaunchChecklistView.Item("sponsors", sponsors > 0, true, String.valueOf(sponsors)),
                new LaunchChecklistView.Item("consentForm", reviewed != null, false, null),
                new LaunchChecklistView.Item("seminar", seminars > 0, true, String.valueOf(seminars)));
        int done = (int) items.stream().filter(LaunchChecklistView.Item::done).count();
        return new LaunchChecklistView(items, done, items.size(), partners, reviewed == null ? null : reviewed.toInstant());
    }

    /** The table names are constants of this class, never input. */
    private static long count(Connection c, String table, String region) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select count(*) from " + table + " where region_id = ?")) {
            ps.setString(1, region);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static boolean exists(Connection c, String region, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select 1 from launch_partners where region_id = ? and id = ?")) {
            ps.setString(1, region);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
