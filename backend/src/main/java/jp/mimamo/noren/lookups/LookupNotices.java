package jp.mimamo.noren.lookups;

import jakarta.inject.Singleton;
import jp.mimamo.noren.audit.Reader;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;
import jp.mimamo.noren.tenancy.Roles;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/** The centre's list of look-ups of its registrants: its own centre's staff see it, the region admin sees all. */
@Singleton
class LookupNotices {
    static final int RECENT = 100;
    private static final String COLUMNS = """
            id, at, centre_id, registrant_id, number, result, emergency, responder_region, responder_username,
            responder_name, organisation_name, organisation_kind, reason, reason_text, mail_status, read_at, read_by""";

    private final RegionDatabase database;

    LookupNotices(RegionDatabase database) {
        this.database = database;
    }

    record New(long centreId, long registrantId, String number, String result, boolean emergency, String responderRegion,
               String responderUsername, String responderName, String organisationName, String organisationKind,
               String reason, String reasonText, boolean centreHasEmail) {
    }

    static long insert(Connection c, String region, New notice) throws SQLException {
        String sql = """
                insert into lookup_notices (region_id, centre_id, registrant_id, number, result, emergency, responder_region,
                                            responder_username, responder_name, organisation_name, organisation_kind,
                                            reason, reason_text, mail_status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setLong(2, notice.centreId());
            ps.setLong(3, notice.registrantId());
            ps.setString(4, notice.number());
            ps.setString(5, notice.result());
            ps.setBoolean(6, notice.emergency());
            ps.setString(7, notice.responderRegion());
            ps.setString(8, notice.responderUsername());
            ps.setString(9, notice.responderName());
            ps.setString(10, notice.organisationName());
            ps.setString(11, notice.organisationKind());
            ps.setString(12, notice.reason());
            ps.setString(13, notice.reasonText());
            ps.setString(14, notice.centreHasEmail() ? "pending" : "no-address");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    LookupNotice.Inbox inbox(CurrentRegion region, jp.mimamo.noren.audit.ClientInfo client) {
        return database.inRegion(region, c -> {
            Long centre = centreOf(c, region, client);
            if (centre == null && !region.caller().roles().contains(Roles.REGION_ADMIN)) {
                return new LookupNotice.Inbox(0, List.of());
            }
            String filter = centre == null ? "" : " and centre_id = " + centre;
            List<LookupNotice> notices = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from lookup_notices where region_id = ?"
                    + filter + " order by at desc, id desc limit " + RECENT)) {
                ps.setString(1, region.code());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        notices.add(notice(rs));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("select count(*) from lookup_notices where region_id = ? and read_at is null"
                    + filter)) {
                ps.setString(1, region.code());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new LookupNotice.Inbox(rs.getInt(1), notices);
                }
            }
        });
    }

    LookupNotice markRead(CurrentRegion region, long id, jp.mimamo.noren.audit.ClientInfo client) {
        return database.inRegion(region, c -> {
            Long centre = centreOf(c, region, client);
            if (centre == null && !region.caller().roles().contains(Roles.REGION_ADMIN)) {
                throw ProblemException.notFound();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    update lookup_notices set read_at = coalesce(read_at, now()), read_by = coalesce(read_by, ?)
                    where region_id = ? and id = ? and (?::bigint is null or centre_id = ?)
                    returning""" + " " + COLUMNS)) {
                ps.setString(1, region.caller().username());
                ps.setString(2, region.code());
                ps.setLong(3, id);
                ps.setObject(4, centre);
                ps.setObject(5, centre);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw ProblemException.notFound();
                    }
                    return notice(rs);
                }
            }
        });
    }

    /** The centre staff's own centre; the region admin (without a centre) sees all the region's notices. */
    private static Long centreOf(Connection c, CurrentRegion region, jp.mimamo.noren.audit.ClientInfo client) throws SQLException {
        Reader reader = Reader.of(c, region, client);
        return reader.hasRole(Roles.CENTRE_STAFF) ? reader.centreId() : null;
    }

    private static LookupNotice notice(ResultSet rs) throws SQLException {
        Timestamp read = rs.getTimestamp(16);
        return new LookupNotice(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getLong(3), rs.getLong(4), rs.getString(5),
                rs.getString(6), rs.getBoolean(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15), read == null ? null : read.toInstant(),
                rs.getString(17));
    }
}
