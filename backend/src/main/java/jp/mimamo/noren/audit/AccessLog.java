package jp.mimamo.noren.audit;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jp.mimamo.noren.tenancy.CurrentRegion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes and reads the access log. {@link #record} runs on the connection of the read it records, so the entry
 * and the read commit together or not at all: nobody sees personal data without a line here.
 */
@Singleton
public class AccessLog {
    /** The "who looked" list shows this many entries; the export has them all. */
    static final int RECENT = 200;
    private static final Argument<Map<String, Object>> DETAILS = Argument.mapOf(String.class, Object.class);

    private final JsonMapper json;

    AccessLog(JsonMapper json) {
        this.json = json;
    }

    public void record(Connection c, CurrentRegion region, Reader reader, AccessEntry entry) throws SQLException {
        String sql = """
                insert into access_log (region_id, username, display_name, roles, centre_id, centre_name, registrant_id,
                                        action, sections, access, purpose, outcome, details, client_ip, user_agent)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region.code());
            ps.setString(2, reader.username());
            ps.setString(3, reader.displayName());
            ps.setArray(4, c.createArrayOf("text", reader.roles().toArray()));
            setLong(ps, 5, reader.centreId());
            ps.setString(6, reader.centreName());
            setLong(ps, 7, entry.registrantId());
            ps.setString(8, entry.action());
            ps.setArray(9, c.createArrayOf("text", entry.sections().toArray()));
            ps.setString(10, entry.access().name().toLowerCase(Locale.ROOT));
            ps.setString(11, entry.purpose());
            ps.setString(12, entry.outcome().name().toLowerCase(Locale.ROOT));
            ps.setString(13, details(entry.details()));
            ps.setString(14, reader.client().ip());
            ps.setString(15, reader.client().userAgent());
            ps.executeUpdate();
        }
    }

    /** Who accessed one registrant's record, newest first. */
    public List<AccessRecord> forRegistrant(Connection c, String region, long registrantId) throws SQLException {
        String sql = """
                select id, at, username, display_name, roles, centre_name, action, sections, access, purpose, outcome
                from access_log where region_id = ? and registrant_id = ? order by at desc, id desc limit ?""";
        List<AccessRecord> records = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setLong(2, registrantId);
            ps.setInt(3, RECENT);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    records.add(new AccessRecord(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                            rs.getString(4), texts(rs.getArray(5)), rs.getString(6), rs.getString(7),
                            texts(rs.getArray(8)), rs.getString(9), rs.getString(10), rs.getString(11)));
                }
            }
        }
        return records;
    }

    static List<String> texts(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<String> texts = new ArrayList<>(values.length);
        for (Object value : values) {
            texts.add(String.valueOf(value));
        }
        return texts;
    }

    private String details(Map<String, Object> details) {
        try {
            return json.writeValueAsString(DETAILS, details);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
