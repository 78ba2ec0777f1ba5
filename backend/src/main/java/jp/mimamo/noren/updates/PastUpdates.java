package jp.mimamo.noren.updates;

import jakarta.inject.Singleton;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Updates of earlier months entered as if they had been made then: the cycle opened when its month began and, if
 * given, the contact made for it. Public for the demo data, which needs a history to show.
 */
@Singleton
public class PastUpdates {
    private final RegionDatabase database;

    PastUpdates(RegionDatabase database) {
        this.database = database;
    }

    /** A contact of the past. {@code outcome}: updated, no-change or unreachable. */
    public record PastContact(LocalDate contactedOn, String method, String outcome, List<String> changedFields, String concern,
                              boolean followUp, String username) {
    }

    public void record(String region, long registrant, YearMonth cycle, PastContact contact) {
        database.inRegion(region, c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into birth_month_cycles (region_id, registrant_id, year, month, opened_at)
                    values (?, ?, ?, ?, ?) on conflict do nothing""")) {
                ps.setString(1, region);
                ps.setLong(2, registrant);
                ps.setInt(3, cycle.getYear());
                ps.setInt(4, cycle.getMonthValue());
                ps.setObject(5, cycle.atDay(1).atStartOfDay(UpdateMonth.TOKYO).toOffsetDateTime());
                ps.executeUpdate();
            }
            if (contact != null) {
                long id = insertContact(c, region, registrant, cycle, contact);
                if (!contact.outcome().equals("unreachable")) {
                    try (PreparedStatement ps = c.prepareStatement("""
                            update birth_month_cycles set state = 'done', done_at = ?, done_contact_id = ?
                            where region_id = ? and registrant_id = ? and year = ? and month = ?""")) {
                        ps.setObject(1, contact.contactedOn().atTime(16, 0).atZone(UpdateMonth.TOKYO).toOffsetDateTime());
                        ps.setLong(2, id);
                        ps.setString(3, region);
                        ps.setLong(4, registrant);
                        ps.setInt(5, cycle.getYear());
                        ps.setInt(6, cycle.getMonthValue());
                        ps.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    private static long insertContact(Connection c, String region, long registrant, YearMonth cycle, PastContact contact)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into update_contacts (region_id, registrant_id, cycle_year, cycle_month, contacted_on, method, outcome,
                                             changed_fields, concern, follow_up, registrant_version, username, recorded_at)
                select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, version, ?, ? from registrants where region_id = ? and id = ?
                returning id""")) {
            ps.setString(1, region);
            ps.setLong(2, registrant);
            ps.setInt(3, cycle.getYear());
            ps.setInt(4, cycle.getMonthValue());
            ps.setObject(5, contact.contactedOn());
            ps.setString(6, contact.method());
            ps.setString(7, contact.outcome());
            ps.setArray(8, c.createArrayOf("text", contact.changedFields().toArray()));
            ps.setString(9, contact.concern());
            ps.setBoolean(10, contact.followUp());
            ps.setString(11, contact.username());
            ps.setObject(12, contact.contactedOn().atTime(16, 0).atZone(UpdateMonth.TOKYO).toOffsetDateTime());
            ps.setString(13, region);
            ps.setLong(14, registrant);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
