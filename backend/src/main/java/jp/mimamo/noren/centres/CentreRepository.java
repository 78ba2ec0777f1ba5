package jp.mimamo.noren.centres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL for centres and their staff; every statement names the region, on a connection bound to it. */
final class CentreRepository {
    private static final String VIEW = """
            select ce.id, ce.name, ce.name_kana, ce.postal_code, ce.address, ce.phone, ce.opening_hours,
                   ce.after_hours_contact, ce.after_hours_phone, ce.email,
                   (select count(*) from centre_members m where m.region_id = ce.region_id and m.centre_id = ce.id),
                   (select count(*) from registrants r where r.region_id = ce.region_id and r.centre_id = ce.id
                                                        and r.status <> 'withdrawn'),
                   exists (select 1 from centre_members m where m.region_id = ce.region_id and m.centre_id = ce.id
                                                          and m.username = ?),
                   ce.version, ce.created_at, ce.updated_at
            from centres ce where ce.region_id = ?""";

    private CentreRepository() {
    }

    static List<CentreView> list(Connection c, String region, String caller) throws SQLException {
        List<CentreView> centres = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(VIEW + " order by coalesce(ce.name_kana, ce.name), ce.id")) {
            ps.setString(1, caller);
            ps.setString(2, region);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    centres.add(view(rs));
                }
            }
        }
        return centres;
    }

    static Optional<CentreView> find(Connection c, String region, long id, String caller) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(VIEW + " and ce.id = ?")) {
            ps.setString(1, caller);
            ps.setString(2, region);
            ps.setLong(3, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(view(rs)) : Optional.empty();
            }
        }
    }

    static boolean nameTaken(Connection c, String region, String name, Long except) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select 1 from centres where region_id = ? and name = ? and id is distinct from ?")) {
            ps.setString(1, region);
            ps.setString(2, name);
            ps.setObject(3, except);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static long insert(Connection c, String region, ValidCentre centre) throws SQLException {
        String sql = """
                insert into centres (region_id, name, name_kana, postal_code, address, phone, opening_hours,
                                     after_hours_contact, after_hours_phone, email)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            bind(ps, 2, centre);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static boolean update(Connection c, String region, long id, int version, ValidCentre centre) throws SQLException {
        String sql = """
                update centres set name = ?, name_kana = ?, postal_code = ?, address = ?, phone = ?, opening_hours = ?,
                       after_hours_contact = ?, after_hours_phone = ?, email = ?, version = version + 1, updated_at = now()
                where region_id = ? and id = ? and version = ?""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int next = bind(ps, 1, centre);
            ps.setString(next, region);
            ps.setLong(next + 1, id);
            ps.setInt(next + 2, version);
            return ps.executeUpdate() == 1;
        }
    }

    static boolean delete(Connection c, String region, long id, int version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("delete from centres where region_id = ? and id = ? and version = ?")) {
            ps.setString(1, region);
            ps.setLong(2, id);
            ps.setInt(3, version);
            return ps.executeUpdate() == 1;
        }
    }

    static List<StaffMember> staff(Connection c, String region, long centre) throws SQLException {
        List<StaffMember> staff = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select username, centre_id, assigned_by, assigned_at from centre_members"
                + " where region_id = ? and centre_id = ? order by username")) {
            ps.setString(1, region);
            ps.setLong(2, centre);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    staff.add(new StaffMember(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant()));
                }
            }
        }
        return staff;
    }

    /** A person works at one centre: assigning them here moves them from any other. */
    static StaffMember assign(Connection c, String region, long centre, String username, String actor) throws SQLException {
        String sql = """
                insert into centre_members (region_id, username, centre_id, assigned_by) values (?, ?, ?, ?)
                on conflict (region_id, username) do update
                    set centre_id = excluded.centre_id, assigned_by = excluded.assigned_by, assigned_at = now()
                returning username, centre_id, assigned_by, assigned_at""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setString(2, username);
            ps.setLong(3, centre);
            ps.setString(4, actor);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new StaffMember(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant());
            }
        }
    }

    static boolean unassign(Connection c, String region, long centre, String username) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "delete from centre_members where region_id = ? and centre_id = ? and username = ?")) {
            ps.setString(1, region);
            ps.setLong(2, centre);
            ps.setString(3, username);
            return ps.executeUpdate() == 1;
        }
    }

    private static int bind(PreparedStatement ps, int from, ValidCentre centre) throws SQLException {
        ps.setString(from, centre.name());
        ps.setString(from + 1, centre.nameKana());
        ps.setString(from + 2, centre.postalCode());
        ps.setString(from + 3, centre.address());
        ps.setString(from + 4, centre.phone());
        ps.setString(from + 5, centre.openingHours());
        ps.setString(from + 6, centre.afterHoursContact());
        ps.setString(from + 7, centre.afterHoursPhone());
        ps.setString(from + 8, centre.email());
        return from + 9;
    }

    private static CentreView view(ResultSet rs) throws SQLException {
        return new CentreView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getInt(11),
                rs.getInt(12), rs.getBoolean(13), rs.getInt(14), rs.getTimestamp(15).toInstant(), rs.getTimestamp(16).toInstant());
    }
}
