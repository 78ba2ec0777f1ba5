package jp.mimamo.noren.lookups;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL for responder organisations and their members; every statement names the region. */
final class OrganisationRepository {
    private static final String VIEW = """
            select o.id, o.name, o.kind, o.phone, o.approved, o.approved_by, o.approved_at,
                   (select count(*) from responder_members m where m.region_id = o.region_id and m.organisation_id = o.id),
                   o.version, o.created_at, o.updated_at
            from responder_organisations o where o.region_id = ?""";

    private OrganisationRepository() {
    }

    static List<OrganisationView> list(Connection c, String region) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(VIEW + " order by o.kind, o.name")) {
            ps.setString(1, region);
            List<OrganisationView> all = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    all.add(view(rs));
                }
            }
            return all;
        }
    }

    static Optional<OrganisationView> find(Connection c, String region, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(VIEW + " and o.id = ?")) {
            ps.setString(1, region);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(view(rs)) : Optional.empty();
            }
        }
    }

    static boolean nameTaken(Connection c, String region, String name, Long except) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select 1 from responder_organisations where region_id = ? and name = ? and id is distinct from ?")) {
            ps.setString(1, region);
            ps.setString(2, name);
            ps.setObject(3, except);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static long insert(Connection c, String region, OrganisationRules.Valid o, String actor) throws SQLException {
        String sql = """
                insert into responder_organisations (region_id, name, kind, phone, approved, approved_by, approved_at)
                values (?, ?, ?, ?, ?, ?, case when ? then now() end) returning id""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setString(2, o.name());
            ps.setString(3, o.kind());
            ps.setString(4, o.phone());
            ps.setBoolean(5, o.approved());
            ps.setString(6, o.approved() ? actor : null);
            ps.setBoolean(7, o.approved());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Approval records who approved and when; withdrawing it clears both. */
    static boolean update(Connection c, String region, long id, int version, OrganisationRules.Valid o, String actor)
            throws SQLException {
        String sql = """
                update responder_organisations
                set name = ?, kind = ?, phone = ?,
                    approved_by = case when ? then case when approved then approved_by else ? end end,
                    approved_at = case when ? then case when approved then approved_at else now() end end,
                    approved = ?, version = version + 1, updated_at = now()
                where region_id = ? and id = ? and version = ?""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, o.name());
            ps.setString(2, o.kind());
            ps.setString(3, o.phone());
            ps.setBoolean(4, o.approved());
            ps.setString(5, actor);
            ps.setBoolean(6, o.approved());
            ps.setBoolean(7, o.approved());
            ps.setString(8, region);
            ps.setLong(9, id);
            ps.setInt(10, version);
            return ps.executeUpdate() == 1;
        }
    }

    static boolean delete(Connection c, String region, long id, int version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "delete from responder_organisations where region_id = ? and id = ? and version = ?")) {
            ps.setString(1, region);
            ps.setLong(2, id);
            ps.setInt(3, version);
            return ps.executeUpdate() == 1;
        }
    }

    static List<ResponderMember> members(Connection c, String region, long organisation) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select username, organisation_id, assigned_by, assigned_at from responder_members
                where region_id = ? and organisation_id = ? order by username""")) {
            ps.setString(1, region);
            ps.setLong(2, organisation);
            List<ResponderMember> members = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    members.add(new ResponderMember(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant()));
                }
            }
            return members;
        }
    }

    /** One organisation per responder: assigning moves them. */
    static ResponderMember assign(Connection c, String region, long organisation, String username, String actor)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into responder_members (region_id, username, organisation_id, assigned_by) values (?, ?, ?, ?)
                on conflict (region_id, username) do update
                    set organisation_id = excluded.organisation_id, assigned_by = excluded.assigned_by, assigned_at = now()
                returning username, organisation_id, assigned_by, assigned_at""")) {
            ps.setString(1, region);
            ps.setString(2, username);
            ps.setLong(3, organisation);
            ps.setString(4, actor);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new ResponderMember(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant());
            }
        }
    }

    static boolean unassign(Connection c, String region, long organisation, String username) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "delete from responder_members where region_id = ? and organisation_id = ? and username = ?")) {
            ps.setString(1, region);
            ps.setLong(2, organisation);
            ps.setString(3, username);
            return ps.executeUpdate() == 1;
        }
    }

    /** The organisation the responder works at in this region, if any. */
    static Optional<ResponderOrganisation> ofResponder(Connection c, String region, String username) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select o.id, o.name, o.kind, o.approved from responder_members m
                join responder_organisations o on o.region_id = m.region_id and o.id = m.organisation_id
                where m.region_id = ? and m.username = ?""")) {
            ps.setString(1, region);
            ps.setString(2, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new ResponderOrganisation(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getBoolean(4))) : Optional.empty();
            }
        }
    }

    private static OrganisationView view(ResultSet rs) throws SQLException {
        Timestamp approvedAt = rs.getTimestamp(7);
        return new OrganisationView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                rs.getString(6), approvedAt == null ? null : approvedAt.toInstant(), rs.getInt(8), rs.getInt(9),
                rs.getTimestamp(10).toInstant(), rs.getTimestamp(11).toInstant());
    }
}
