package jp.mimamo.noren.statistics;

import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/** Reads and saves the population figure a region enters; a trigger hands the figure to the head-office rollup. */
@Singleton
class PopulationSettings {
    static final int MAX_POPULATION = 10_000_000;
    private final RegionDatabase database;

    PopulationSettings(RegionDatabase database) {
        this.database = database;
    }

    PopulationSetting get(CurrentRegion region) {
        return database.inRegion(region, c -> read(c, region.code()));
    }

    PopulationSetting save(CurrentRegion region, PopulationSetting form, Locale locale) {
        FormErrors errors = new FormErrors(locale);
        Integer people = form.agedSixtyFivePlus();
        if (people == null) {
            errors.reject("agedSixtyFivePlus", "validation.required");
        } else if (people < 1 || people > MAX_POPULATION) {
            errors.reject("agedSixtyFivePlus", "validation.range", 1, MAX_POPULATION);
        }
        errors.throwIfAny();
        return database.inRegion(region, c -> {
            int version = read(c, region.code()).version();
            if (form.version() != null && form.version() != version) {
                throw ProblemException.staleVersion();
            }
            String sql = """
                    insert into region_statistics_settings (region_id, aged_65_plus, as_of, updated_by) values (?, ?, ?, ?)
                    on conflict (region_id) do update set aged_65_plus = excluded.aged_65_plus, as_of = excluded.as_of,
                        updated_by = excluded.updated_by, version = region_statistics_settings.version + 1, updated_at = now()
                    where region_statistics_settings.version = ?""";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, region.code());
                ps.setInt(2, people);
                ps.setDate(3, form.asOf() == null ? null : Date.valueOf(form.asOf()));
                ps.setString(4, region.caller().username());
                ps.setInt(5, version);
                if (ps.executeUpdate() == 0) {
                    throw ProblemException.staleVersion();
                }
            }
            return read(c, region.code());
        });
    }

    private static PopulationSetting read(Connection c, String region) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select aged_65_plus, as_of, version from region_statistics_settings where region_id = ?")) {
            ps.setString(1, region);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new PopulationSetting(null, null, 0);
                }
                int people = rs.getInt(1);
                Integer value = rs.wasNull() ? null : people;
                Date asOf = rs.getDate(2);
                return new PopulationSetting(value, asOf == null ? null : asOf.toLocalDate(), rs.getInt(3));
            }
        }
    }
}
