package jp.mimamo.noren.updates;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Reads a centre's open cycles of the twelve months up to the month seen, with what staff need to make contact. */
final class WorklistQuery {
    private static final String SQL = """
            select r.id, r.version, r.name, r.name_kana, r.birth_date, r.postal_code, r.address, r.phone,
                   r.living_situation, r.care_level, b.year, b.month,
                   coalesce(done.on, r.consented_on), done.on is null,
                   (select count(*) from update_contacts a where a.region_id = b.region_id and a.registrant_id = b.registrant_id
                      and a.cycle_year = b.year and a.cycle_month = b.month),
                   last.contacted_on, last.method, last.outcome, last.follow_up,
                   k.name, k.relation, k.phone
            from registrants r
            join birth_month_cycles b on b.region_id = r.region_id and b.registrant_id = r.id
            left join lateral (select max(u.contacted_on) as on from update_contacts u
                               where u.region_id = r.region_id and u.registrant_id = r.id and u.outcome <> 'unreachable') done on true
            left join lateral (select u.contacted_on, u.method, u.outcome, u.follow_up from update_contacts u
                               where u.region_id = r.region_id and u.registrant_id = r.id
                               order by u.contacted_on desc, u.id desc limit 1) last on true
            left join lateral (select x.name, x.relation, x.phone from registrant_connections x
                               where x.region_id = r.region_id and x.registrant_id = r.id
                               order by x.priority limit 1) k on true
            where r.region_id = ? and r.centre_id = ? and r.status = 'active'
              and b.state = 'open' and b.year * 12 + b.month - 1 between ? and ?
            order by b.year * 12 + b.month - 1 = ? desc, b.year, b.month, r.name_kana, r.id""";

    private WorklistQuery() {
    }

    static List<WorklistItem> run(Connection c, String region, long centre, YearMonth seen, LocalDate today) throws SQLException {
        int last = UpdateMonth.index(seen);
        List<WorklistItem> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SQL)) {
            ps.setString(1, region);
            ps.setLong(2, centre);
            ps.setInt(3, last - UpdateMonth.WINDOW + 1);
            ps.setInt(4, last);
            ps.setInt(5, last);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(item(rs, seen, today));
                }
            }
        }
        return items;
    }

    private static WorklistItem item(ResultSet rs, YearMonth seen, LocalDate today) throws SQLException {
        LocalDate birth = rs.getObject(5, LocalDate.class);
        YearMonth cycle = YearMonth.of(rs.getInt(11), rs.getInt(12));
        Date lastOn = rs.getDate(16);
        WorklistItem.LastContact lastContact = lastOn == null ? null
                : new WorklistItem.LastContact(lastOn.toLocalDate(), rs.getString(17), rs.getString(18), rs.getBoolean(19));
        return new WorklistItem(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), birth,
                Period.between(birth, today).getYears(), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), cycle.getYear(), cycle.getMonthValue(), UpdateMonth.monthsBetween(cycle, seen),
                rs.getObject(13, LocalDate.class), rs.getBoolean(14), rs.getInt(15), lastContact, rs.getString(20),
                rs.getString(21), rs.getString(22));
    }
}
