package jp.mimamo.noren.registrants;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jp.mimamo.noren.tenancy.Region;
import jp.mimamo.noren.tenancy.RegionDatabase;
import jp.mimamo.noren.tenancy.RegionDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.PreparedStatement;
import java.time.LocalDate;

/**
 * Erases the personal data of registrants who withdrew their consent once the region's retention period has
 * passed: name, reading, birth date, address, phone, living situation, medical notes and connections go; the
 * registrant's id, centre, consent dates, status history, keychain numbers (never reused) and the access log stay.
 * Each region is processed in its own transaction, bound to that region; running twice erases nothing twice.
 */
@Singleton
class RegistryRetention {
    private static final Logger LOG = LoggerFactory.getLogger(RegistryRetention.class);
    private final RegionDirectory regions;
    private final RegionDatabase database;

    RegistryRetention(RegionDirectory regions, RegionDatabase database) {
        this.regions = regions;
        this.database = database;
    }

    @Scheduled(fixedDelay = "6h", initialDelay = "10m")
    void eraseExpiredEverywhere() {
        LocalDate today = LocalDate.now(Registrants.TOKYO);
        for (Region region : regions.all()) {
            int erased = eraseExpired(region.code(), today);
            if (erased > 0) {
                LOG.info("Erased the personal data of {} withdrawn registrants in {}", erased, region.code());
            }
        }
    }

    /** @return how many registrants were erased */
    int eraseExpired(String region, LocalDate today) {
        return database.inRegion(region, c -> {
            int days = RegistrySettingsStore.read(c, region).withdrawalRetentionDays();
            String due = "region_id = ? and status = 'withdrawn' and erased_at is null and status_since + ? <= ?";
            for (String table : java.util.List.of("registrant_connections", "registrant_photos")) {
                try (PreparedStatement ps = c.prepareStatement("delete from " + table + " where (region_id, registrant_id) in"
                        + " (select region_id, id from registrants where " + due + ")")) {
                    bindDue(ps, region, days, today);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    update registrants set name = null, name_kana = null, search_key = '', birth_date = null, sex = null,
                        postal_code = null, address = null, phone = null, living_situation = null, living_notes = null,
                        care_level = null, conditions = null, medication = null, allergies = null, family_doctor = null,
                        family_doctor_phone = null, hospital = null, medical_notes = null, erased_at = now(),
                        version = version + 1, updated_at = now()
                    """ + " where " + due)) {
                bindDue(ps, region, days, today);
                return ps.executeUpdate();
            }
        });
    }

    private static void bindDue(PreparedStatement ps, String region, int days, LocalDate today) throws java.sql.SQLException {
        ps.setString(1, region);
        ps.setInt(2, days);
        ps.setObject(3, today);
    }
}
