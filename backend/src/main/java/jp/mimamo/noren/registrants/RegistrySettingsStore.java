package jp.mimamo.noren.registrants;

import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/** Reads and saves a region's registry settings; a region that never saved any has the defaults. */
@Singleton
class RegistrySettingsStore {
    static final int DEFAULT_RETENTION_DAYS = 30;
    static final int MAX_RETENTION_DAYS = 3650;
    private final RegionDatabase database;

    RegistrySettingsStore(RegionDatabase database) {
        this.database = database;
    }

    RegistrySettings get(CurrentRegion region) {
        return database.inRegion(region, c -> read(c, region.code()));
    }

    RegistrySettings save(CurrentRegion region, RegistrySettings form, Locale locale) {
        FormErrors errors = new FormErrors(locale);
        Integer days = form.withdrawalRetentionDays();
        if (days == null) {
            errors.reject("withdrawalRetentionDays", "validation.required");
        } else if (days < 0 || days > MAX_RETENTION_DAYS) {
            errors.reject("withdrawalRetentionDays", "validation.range", 0, MAX_RETENTION_DAYS);
        }
        errors.throwIfAny();
        return database.inRegion(region, c -> {
            int version = read(c, region.code()).version();
            if (form.version() != null && form.version() != version) {
                throw ProblemException.staleVersion();
            }
            String sql = """
                    insert into registry_settings (region_id, withdrawal_retention_days) values (?, ?)
                    on conflict (region_id) do update set withdrawal_retention_days = excluded.withdrawal_retention_days,
                        version = registry_settings.version + 1, updated_at = now()
                    where registry_settings.version = ?""";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, region.code());
                ps.setInt(2, days);
                ps.setInt(3, version);
                if (ps.executeUpdate() == 0) {
                    throw ProblemException.staleVersion();
                }
            }
            return read(c, region.code());
        });
    }

    static RegistrySettings read(Connection c, String region) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select withdrawal_retention_days, version from registry_settings where region_id = ?")) {
            ps.setString(1, region);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new RegistrySettings(rs.getInt(1), rs.getInt(2)) : new RegistrySettings(DEFAULT_RETENTION_DAYS, 0);
            }
        }
    }
}
