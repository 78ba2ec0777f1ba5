package jp.mimamo.noren.templates;

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
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The shared sponsor categories as one region uses them. A region may hide a category from its choices or give it its
 * own label; head office's list stays the one list, so a category head office adds appears in every region, and a
 * sponsor filed under a hidden category keeps it.
 */
@Singleton
class RegionCategories {
    private static final String SELECT = """
            select c.code, c.name_ja, c.name_en, c.sort_order, coalesce(o.hidden, false), o.label_ja, o.label_en, o.version,
                   o.updated_at is not null and c.updated_at > o.updated_at
            from sponsor_categories c
            left join region_sponsor_categories o on o.region_id = ? and o.category_code = c.code
            where not c.archived""";
    private final RegionDatabase database;

    RegionCategories(RegionDatabase database) {
        this.database = database;
    }

    List<RegionCategoryView> forRegion(CurrentRegion region) {
        return overrides(region).stream().map(o -> new RegionCategoryView(o.code(), o.nameJa() == null ? o.hqNameJa() : o.nameJa(),
                o.nameEn() == null ? o.hqNameEn() : o.nameEn(), o.sortOrder(), o.hidden())).toList();
    }

    List<CategoryOverrideView> overrides(CurrentRegion region) {
        return database.inRegion(region, c -> select(c, region.code(), null));
    }

    CategoryOverrideView override(CurrentRegion region, String code, CategoryOverrideForm form, Locale locale) {
        FormErrors errors = new FormErrors(locale);
        String ja = label(errors, "nameJa", form.nameJa(), 50);
        String en = label(errors, "nameEn", form.nameEn(), 80);
        errors.throwIfAny();
        boolean hidden = Boolean.TRUE.equals(form.hidden());
        return database.inRegion(region, c -> {
            find(c, region.code(), code);
            String sql = form.version() == null
                    ? "insert into region_sponsor_categories (hidden, label_ja, label_en, updated_by, region_id, category_code)"
                      + " values (?, ?, ?, ?, ?, ?) on conflict do nothing"
                    : "update region_sponsor_categories set hidden = ?, label_ja = ?, label_en = ?, updated_by = ?, updated_at = now(),"
                      + " version = version + 1 where region_id = ? and category_code = ? and version = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setBoolean(1, hidden);
                ps.setString(2, ja);
                ps.setString(3, en);
                ps.setString(4, region.caller().username());
                ps.setString(5, region.code());
                ps.setString(6, code);
                if (form.version() != null) {
                    ps.setInt(7, form.version());
                }
                if (ps.executeUpdate() == 0) {
                    throw ProblemException.staleVersion();
                }
            }
            return find(c, region.code(), code);
        });
    }

    /** Back to head office's category as it is; a stale version is 409. */
    CategoryOverrideView revert(CurrentRegion region, String code, Integer version) {
        return database.inRegion(region, c -> {
            find(c, region.code(), code);
            try (PreparedStatement ps = c.prepareStatement(
                    "delete from region_sponsor_categories where region_id = ? and category_code = ? and version = ?")) {
                ps.setString(1, region.code());
                ps.setString(2, code);
                ps.setObject(3, version, Types.INTEGER);
                if (version == null || ps.executeUpdate() == 0) {
                    throw ProblemException.staleVersion();
                }
            }
            return find(c, region.code(), code);
        });
    }

    private static CategoryOverrideView find(Connection c, String region, String code) throws SQLException {
        return select(c, region, code).stream().findFirst().orElseThrow(ProblemException::notFound);
    }

    private static List<CategoryOverrideView> select(Connection c, String region, String code) throws SQLException {
        String sql = SELECT + (code == null ? "" : " and c.code = ?") + " order by c.sort_order, c.code";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            if (code != null) {
                ps.setString(2, code);
            }
            List<CategoryOverrideView> views = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    views.add(new CategoryOverrideView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getBoolean(5),
                            rs.getString(6), rs.getString(7), (Integer) rs.getObject(8), rs.getBoolean(9)));
                }
            }
            return views;
        }
    }

    private static String label(FormErrors errors, String field, String value, int max) {
        String label = JapaneseText.trimmed(value);
        if (label != null && label.length() > max) {
            errors.reject(field, "validation.tooLong", max);
        }
        return label;
    }
}
