package jp.mimamo.noren.registrants;

import jp.mimamo.noren.shared.Page;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The registrant list's SQL: one page of summaries in reading order, with the keychain number in force. */
final class RegistrantSearch {
    private RegistrantSearch() {
    }

    static Page<RegistrantSummary> run(Connection c, String region, RegistrantQuery query) throws SQLException {
        StringBuilder where = new StringBuilder(" where r.region_id = ? and r.status = any (?)");
        List<Object> args = new ArrayList<>(List.of(region, c.createArrayOf("text", query.statuses().toArray())));
        if (query.centre() != null) {
            where.append(" and r.centre_id = ?");
            args.add(query.centre());
        }
        if (query.searchKey() != null || query.numberKey() != null) {
            List<String> alternatives = new ArrayList<>();
            if (query.searchKey() != null) {
                alternatives.add("r.search_key like ? escape '\\'");
                args.add("%" + escape(query.searchKey()) + "%");
            }
            if (query.numberKey() != null) {
                alternatives.add("exists (select 1 from keychains n where n.region_id = r.region_id and n.registrant_id = r.id"
                        + " and n.number like ? escape '\\')");
                args.add("%" + escape(query.numberKey()) + "%");
            }
            where.append(" and (").append(String.join(" or ", alternatives)).append(")");
        }
        // The page is chosen from registrants alone; the centre's name and the number in force are then looked up
        // for its rows only, so the plan stays small whatever the planner thinks of a freshly loaded table.
        String sql = """
                select p.id, p.name, p.name_kana, p.centre_id,
                       (select ce.name from centres ce where ce.region_id = p.region_id and ce.id = p.centre_id),
                       p.status, p.status_since,
                       (select k.number from keychains k
                        where k.region_id = p.region_id and k.registrant_id = p.id and k.revoked_at is null),
                       p.erased, p.version, p.total
                from (select r.region_id, r.id, r.name, r.name_kana, r.centre_id, r.status, r.status_since,
                             r.erased_at is not null as erased, r.version, count(*) over () as total
                      from registrants r""" + where + """
                       order by r.name_kana nulls last, r.id limit ? offset ?) p
                order by p.name_kana nulls last, p.id""";
        args.add(query.size());
        args.add((long) query.page() * query.size());
        List<RegistrantSummary> items = new ArrayList<>();
        long total = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(new RegistrantSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            rs.getString(5), rs.getString(6), RegistrantRepository.localDate(rs, 7), rs.getString(8),
                            rs.getBoolean(9), rs.getInt(10)));
                    total = rs.getLong(11);
                }
            }
        }
        return new Page<>(items, total, query.page(), query.size());
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
