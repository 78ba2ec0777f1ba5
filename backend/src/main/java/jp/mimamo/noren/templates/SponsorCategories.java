package jp.mimamo.noren.templates;

import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.JapaneseText;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The shared sponsor categories: read by every region, changed by head office only. */
@Singleton
public class SponsorCategories {
    private static final Pattern CODE = Pattern.compile("^[a-z][a-z0-9-]{1,40}$");
    private static final String UNIQUE_VIOLATION = "23505";
    private final DataSource dataSource;

    SponsorCategories(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<SponsorCategory> all() {
        List<SponsorCategory> categories = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "select code, name_ja, name_en, sort_order, archived, version from sponsor_categories order by sort_order, code");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                categories.add(new SponsorCategory(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getBoolean(5), rs.getInt(6)));
            }
            return categories;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read sponsor categories", e);
        }
    }

    SponsorCategory create(SponsorCategoryForm form, Locale locale) {
        FormErrors errors = new FormErrors(locale);
        String code = JapaneseText.folded(form.code());
        if (code == null) {
            errors.reject("code", "validation.required");
        } else if (!CODE.matcher(code).matches()) {
            errors.reject("code", "validation.categoryCode");
        }
        Names names = names(form, errors);
        errors.throwIfAny();
        String sql = "insert into sponsor_categories (code, name_ja, name_en, sort_order) values (?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, code);
            ps.setString(2, names.ja);
            ps.setString(3, names.en);
            ps.setInt(4, form.sortOrder() == null ? 100 : form.sortOrder());
            ps.executeUpdate();
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new ProblemException(ProblemType.CONFLICT, "problem.category.exists", code);
            }
            throw new IllegalStateException("Could not create a sponsor category", e);
        }
        return find(code);
    }

    SponsorCategory update(String code, SponsorCategoryForm form, Locale locale) {
        FormErrors errors = new FormErrors(locale);
        Names names = names(form, errors);
        if (form.version() == null) {
            errors.reject("version", "validation.required");
        }
        errors.throwIfAny();
        SponsorCategory current = find(code);
        String sql = "update sponsor_categories set name_ja = ?, name_en = ?, sort_order = ?, archived = ?,"
                + " version = version + 1, updated_at = now() where code = ? and version = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, names.ja);
            ps.setString(2, names.en);
            ps.setInt(3, form.sortOrder() == null ? current.sortOrder() : form.sortOrder());
            ps.setBoolean(4, form.archived() == null ? current.archived() : form.archived());
            ps.setString(5, code);
            ps.setInt(6, form.version());
            if (ps.executeUpdate() == 0) {
                throw ProblemException.staleVersion();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update a sponsor category", e);
        }
        return find(code);
    }

    private SponsorCategory find(String code) {
        return all().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow(ProblemException::notFound);
    }

    private static Names names(SponsorCategoryForm form, FormErrors errors) {
        String ja = JapaneseText.trimmed(form.nameJa());
        String en = JapaneseText.trimmed(form.nameEn());
        if (ja == null) {
            errors.reject("nameJa", "validation.required");
        } else if (ja.length() > 50) {
            errors.reject("nameJa", "validation.tooLong", 50);
        }
        if (en == null) {
            errors.reject("nameEn", "validation.required");
        } else if (en.length() > 80) {
            errors.reject("nameEn", "validation.tooLong", 80);
        }
        if (form.sortOrder() != null && (form.sortOrder() < 0 || form.sortOrder() > 10_000)) {
            errors.reject("sortOrder", "validation.range", 0, 10000);
        }
        return new Names(ja, en);
    }

    private record Names(String ja, String en) {
    }
}
