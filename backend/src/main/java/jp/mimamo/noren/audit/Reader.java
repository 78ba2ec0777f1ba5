package jp.mimamo.noren.audit;

import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.Roles;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The person reading, as the access log records them: their account, the product roles their token carries,
 * the centre they work at (none for a branch admin) and where the request came from.
 */
public record Reader(String username, String displayName, List<String> roles, Long centreId, String centreName,
                     ClientInfo client) {
    private static final List<String> PRODUCT_ROLES = List.of(Roles.HEAD_OFFICE, Roles.REGION_ADMIN, Roles.CENTRE_STAFF,
            Roles.RESPONDER, Roles.SPONSOR_CONTACT);

    /** The caller of a request, with the centre their username is assigned to in this region (if any). */
    public static Reader of(Connection c, CurrentRegion region, ClientInfo client) throws SQLException {
        String sql = """
                select m.centre_id, ce.name from centre_members m
                join centres ce on ce.region_id = m.region_id and ce.id = m.centre_id
                where m.region_id = ? and m.username = ?""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region.code());
            ps.setString(2, region.caller().username());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? of(region, rs.getLong(1), rs.getString(2), client) : of(region, null, null, client);
            }
        }
    }

    public static Reader of(CurrentRegion region, Long centreId, String centreName, ClientInfo client) {
        var caller = region.caller();
        List<String> roles = PRODUCT_ROLES.stream().filter(caller.roles()::contains).toList();
        return new Reader(caller.username(), caller.displayName(), roles, centreId, centreName,
                client == null ? ClientInfo.NONE : client);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Centre staff assigned to a centre of this region. */
    public boolean worksAt(long centre) {
        return hasRole(Roles.CENTRE_STAFF) && centreId != null && centreId == centre;
    }
}
