package jp.mimamo.noren.updates;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.YearMonth;

/**
 * Opens the cycles of the month that has come: for every active registrant born in this month who gave their data
 * (consented) before its first day. A month's cycles are only ever opened in that month, never afterwards, so the
 * first month of use does not show everyone as overdue. Idempotent, so the worklist, the progress view, a contact
 * and the hourly job may all call it; the rollup triggers count each cycle once.
 */
final class UpdateCycles {
    private static final String OPEN = """
            insert into birth_month_cycles (region_id, registrant_id, year, month)
            select r.region_id, r.id, ?, ?
            from registrants r
            where r.region_id = ? and r.status = 'active' and extract(month from r.birth_date) = ? and r.consented_on < ?
              and %s
              and not exists (select 1 from birth_month_cycles b where b.region_id = r.region_id and b.registrant_id = r.id
                              and b.year = ? and b.month = ?)
            on conflict do nothing""";

    private UpdateCycles() {
    }

    /** @return how many cycles were opened */
    static int openForRegion(Connection c, String region, YearMonth now) throws SQLException {
        return open(c, String.format(OPEN, "true"), region, now, null);
    }

    static int openForCentre(Connection c, String region, long centre, YearMonth now) throws SQLException {
        return open(c, String.format(OPEN, "r.centre_id = ?"), region, now, centre);
    }

    static int openForRegistrant(Connection c, String region, long registrant, YearMonth now) throws SQLException {
        return open(c, String.format(OPEN, "r.id = ?"), region, now, registrant);
    }

    private static int open(Connection c, String sql, String region, YearMonth now, Long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, now.getYear());
            ps.setInt(2, now.getMonthValue());
            ps.setString(3, region);
            ps.setInt(4, now.getMonthValue());
            ps.setObject(5, now.atDay(1));
            int next = 6;
            if (key != null) {
                ps.setLong(next++, key);
            }
            ps.setInt(next++, now.getYear());
            ps.setInt(next, now.getMonthValue());
            return ps.executeUpdate();
        }
    }
}
