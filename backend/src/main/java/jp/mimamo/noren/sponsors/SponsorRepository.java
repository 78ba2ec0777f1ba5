package jp.mimamo.noren.sponsors;

import jp.mimamo.noren.shared.Page;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * SQL for the roster. Every statement names the region itself (the application's guard); the connection
 * it runs on is bound to the same region, which row-level security checks (the database's guard).
 */
final class SponsorRepository {
    private static final String VIEW_COLUMNS = """
            id, name, name_kana, category_code, postal_code, address, phone, email, joined_on, notes,
            archived_at, version, created_at, updated_at""";

    private SponsorRepository() {
    }

    static Set<String> activeCategories(Connection c) throws SQLException {
        Set<String> codes = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("select code from sponsor_categories where not archived");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }

    static Page<SponsorSummary> list(Connection c, String region, SponsorQuery query) throws SQLException {
        StringBuilder where = new StringBuilder(" where region_id = ?");
        List<Object> args = new ArrayList<>(List.of(region));
        if (query.searchKey() != null) {
            where.append(" and search_key like ? escape '\\'");
            args.add("%" + query.searchKey().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (query.category() != null) {
            where.append(" and category_code = ?");
            args.add(query.category());
        }
        switch (query.status()) {
            case ACTIVE -> where.append(" and archived_at is null");
            case ARCHIVED -> where.append(" and archived_at is not null");
            case ALL -> { }
        }
        String sql = "select id, name, name_kana, category_code, phone, email, joined_on, archived_at is not null, version,"
                + " updated_at, count(*) over () from sponsors" + where
                + " order by " + query.orderColumn() + (query.descending() ? " desc nulls last" : " asc nulls last")
                + ", id limit ? offset ?";
        args.add(query.size());
        args.add((long) query.page() * query.size());
        List<SponsorSummary> items = new ArrayList<>();
        long total = 0;
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                items.add(new SponsorSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), localDate(rs, 7), rs.getBoolean(8), rs.getInt(9),
                        rs.getTimestamp(10).toInstant()));
                total = rs.getLong(11);
            }
        }
        if (items.isEmpty() && query.page() > 0) {
            total = count(c, where.toString(), args.subList(0, args.size() - 2));
        }
        return new Page<>(items, total, query.page(), query.size());
    }

    static Optional<SponsorView> find(Connection c, String region, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + VIEW_COLUMNS + " from sponsors where region_id = ? and id = ?")) {
            ps.setString(1, region);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Timestamp archived = rs.getTimestamp(11);
                return Optional.of(new SponsorView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), localDate(rs, 9),
                        rs.getString(10), contacts(c, region, id), archived != null,
                        archived == null ? null : archived.toInstant(), rs.getInt(12),
                        rs.getTimestamp(13).toInstant(), rs.getTimestamp(14).toInstant()));
            }
        }
    }

    static long insert(Connection c, String region, ValidSponsor s) throws SQLException {
        String sql = """
                insert into sponsors (region_id, category_code, name, name_kana, search_key, postal_code, address,
                                      phone, email, joined_on, notes)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            bindFields(ps, 2, s);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                replaceContacts(c, region, id, s.contacts());
                return id;
            }
        }
    }

    /** @return false when the version was stale or the sponsor is not in this region */
    static boolean update(Connection c, String region, long id, int version, ValidSponsor s) throws SQLException {
        String sql = """
                update sponsors set category_code = ?, name = ?, name_kana = ?, search_key = ?, postal_code = ?,
                       address = ?, phone = ?, email = ?, joined_on = ?, notes = ?,
                       version = version + 1, updated_at = now()
                where region_id = ? and id = ? and version = ?""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int next = bindFields(ps, 1, s);
            ps.setString(next, region);
            ps.setLong(next + 1, id);
            ps.setInt(next + 2, version);
            if (ps.executeUpdate() == 0) {
                return false;
            }
        }
        replaceContacts(c, region, id, s.contacts());
        return true;
    }

    static boolean setArchived(Connection c, String region, long id, int version, boolean archived) throws SQLException {
        String sql = "update sponsors set archived_at = " + (archived ? "now()" : "null")
                + ", version = version + 1, updated_at = now() where region_id = ? and id = ? and version = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setLong(2, id);
            ps.setInt(3, version);
            return ps.executeUpdate() == 1;
        }
    }

    static List<CategoryCount> counts(Connection c, String region) throws SQLException {
        String sql = "select category_code, count(*) from sponsors where region_id = ? and archived_at is null"
                + " group by category_code order by category_code";
        List<CategoryCount> counts = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, sql, List.of(region)); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                counts.add(new CategoryCount(rs.getString(1), rs.getLong(2)));
            }
        }
        return counts;
    }

    private static List<SponsorContact> contacts(Connection c, String region, long id) throws SQLException {
        String sql = "select name, name_kana, title, phone, email from sponsor_contacts"
                + " where region_id = ? and sponsor_id = ? order by position";
        List<SponsorContact> contacts = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, sql, List.of(region, id)); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                contacts.add(new SponsorContact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        }
        return contacts;
    }

    private static void replaceContacts(Connection c, String region, long id, List<SponsorContact> contacts) throws SQLException {
        try (PreparedStatement ps = prepare(c, "delete from sponsor_contacts where region_id = ? and sponsor_id = ?", List.of(region, id))) {
            ps.executeUpdate();
        }
        if (contacts.isEmpty()) {
            return;
        }
        String sql = "insert into sponsor_contacts (region_id, sponsor_id, position, name, name_kana, title, phone, email)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < contacts.size(); i++) {
                SponsorContact contact = contacts.get(i);
                ps.setString(1, region);
                ps.setLong(2, id);
                ps.setInt(3, i);
                ps.setString(4, contact.name());
                ps.setString(5, contact.nameKana());
                ps.setString(6, contact.title());
                ps.setString(7, contact.phone());
                ps.setString(8, contact.email());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static int bindFields(PreparedStatement ps, int from, ValidSponsor s) throws SQLException {
        ps.setString(from, s.categoryCode());
        ps.setString(from + 1, s.name());
        ps.setString(from + 2, s.nameKana());
        ps.setString(from + 3, s.searchKey());
        ps.setString(from + 4, s.postalCode());
        ps.setString(from + 5, s.address());
        ps.setString(from + 6, s.phone());
        ps.setString(from + 7, s.email());
        ps.setDate(from + 8, s.joinedOn() == null ? null : Date.valueOf(s.joinedOn()));
        ps.setString(from + 9, s.notes());
        return from + 10;
    }

    private static long count(Connection c, String where, List<Object> args) throws SQLException {
        try (PreparedStatement ps = prepare(c, "select count(*) from sponsors" + where, args); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static PreparedStatement prepare(Connection c, String sql, List<?> args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
        return ps;
    }

    private static LocalDate localDate(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

}
