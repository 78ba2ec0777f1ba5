package jp.mimamo.noren.registrants;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SQL for registrants, their connections and status history. Every statement names the region itself; the
 * connection it runs on is bound to the same region for row-level security.
 */
final class RegistrantRepository {
    private static final String COLUMNS = """
            r.id, r.centre_id, ce.name, r.name, r.name_kana, r.birth_date, r.sex, r.postal_code, r.address, r.phone,
            r.living_situation, r.living_notes, r.care_level, r.conditions, r.medication, r.allergies, r.family_doctor,
            r.family_doctor_phone, r.hospital, r.medical_notes, r.consent_form_version, r.consented_on, r.disclose_to,
            r.status, r.status_since, r.erased_at, r.version, r.created_at, r.updated_at""";

    private RegistrantRepository() {
    }

    static Optional<StoredRegistrant> find(Connection c, String region, long id) throws SQLException {
        String sql = "select " + COLUMNS + " from registrants r join centres ce on ce.region_id = r.region_id and ce.id = r.centre_id"
                + " where r.region_id = ? and r.id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Timestamp erased = rs.getTimestamp(26);
                return Optional.of(new StoredRegistrant(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), localDate(rs, 6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                        rs.getString(11), rs.getString(12), rs.getString(13),
                        new MedicalNotes(rs.getString(14), rs.getString(15), rs.getString(16), rs.getString(17),
                                rs.getString(18), rs.getString(19), rs.getString(20)),
                        new Consent(rs.getString(21), localDate(rs, 22), texts(rs.getArray(23))),
                        rs.getString(24), localDate(rs, 25), erased == null ? null : erased.toInstant(), rs.getInt(27),
                        rs.getTimestamp(28).toInstant(), rs.getTimestamp(29).toInstant()));
            }
        }
    }

    static long insert(Connection c, String region, long centre, ValidRegistrant r, LocalDate today, String actor) throws SQLException {
        String sql = """
                insert into registrants (region_id, centre_id, name, name_kana, search_key, birth_date, sex, postal_code,
                    address, phone, living_situation, living_notes, care_level, conditions, medication, allergies,
                    family_doctor, family_doctor_phone, hospital, medical_notes, consent_form_version, consented_on,
                    disclose_to, status_since, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""";
        long id;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setLong(2, centre);
            int next = bind(c, ps, 3, r);
            ps.setDate(next, Date.valueOf(today));
            ps.setString(next + 1, actor);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        replaceConnections(c, region, id, r.connections());
        return id;
    }

    /** @return false when the version was stale */
    static boolean update(Connection c, String region, long id, int version, long centre, ValidRegistrant r) throws SQLException {
        String sql = """
                update registrants set centre_id = ?, name = ?, name_kana = ?, search_key = ?, birth_date = ?, sex = ?,
                    postal_code = ?, address = ?, phone = ?, living_situation = ?, living_notes = ?, care_level = ?,
                    conditions = ?, medication = ?, allergies = ?, family_doctor = ?, family_doctor_phone = ?, hospital = ?,
                    medical_notes = ?, consent_form_version = ?, consented_on = ?, disclose_to = ?,
                    version = version + 1, updated_at = now()
                where region_id = ? and id = ? and version = ? and erased_at is null""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, centre);
            int next = bind(c, ps, 2, r);
            ps.setString(next, region);
            ps.setLong(next + 1, id);
            ps.setInt(next + 2, version);
            if (ps.executeUpdate() == 0) {
                return false;
            }
        }
        replaceConnections(c, region, id, r.connections());
        return true;
    }

    static boolean setStatus(Connection c, String region, long id, int version, String status, LocalDate since) throws SQLException {
        String sql = "update registrants set status = ?, status_since = ?, version = version + 1, updated_at = now()"
                + " where region_id = ? and id = ? and version = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, status);
            ps.setDate(2, Date.valueOf(since));
            ps.setString(3, region);
            ps.setLong(4, id);
            ps.setInt(5, version);
            return ps.executeUpdate() == 1;
        }
    }

    static void recordStatus(Connection c, String region, long id, String actor, String from, String to, LocalDate effectiveOn,
                             String reason) throws SQLException {
        String sql = "insert into registrant_status_changes (region_id, registrant_id, actor, from_status, to_status, effective_on, reason)"
                + " values (?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setLong(2, id);
            ps.setString(3, actor);
            ps.setString(4, from);
            ps.setString(5, to);
            ps.setDate(6, Date.valueOf(effectiveOn));
            ps.setString(7, reason);
            ps.executeUpdate();
        }
    }

    static List<StatusChange> statusHistory(Connection c, String region, long id) throws SQLException {
        String sql = "select at, actor, from_status, to_status, effective_on, reason from registrant_status_changes"
                + " where region_id = ? and registrant_id = ? order by at desc, id desc";
        List<StatusChange> changes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    changes.add(new StatusChange(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                            rs.getString(4), localDate(rs, 5), rs.getString(6)));
                }
            }
        }
        return changes;
    }

    static List<RegistrantConnection> connections(Connection c, String region, long id) throws SQLException {
        String sql = "select priority, kind, name, relation, phone, notes from registrant_connections"
                + " where region_id = ? and registrant_id = ? order by priority";
        List<RegistrantConnection> connections = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    connections.add(new RegistrantConnection(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)));
                }
            }
        }
        return connections;
    }

    /** Every keychain the registrant has held, newest first (read from the keychains feature's table). */
    static List<KeychainEntry> keychains(Connection c, String region, long id) throws SQLException {
        String sql = "select number, issued_at, issued_by, revoked_at, revoked_by, revoke_reason, replaced_by from keychains"
                + " where region_id = ? and registrant_id = ? order by issued_at desc, number";
        List<KeychainEntry> keychains = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp revoked = rs.getTimestamp(4);
                    keychains.add(new KeychainEntry(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                            revoked == null ? null : revoked.toInstant(), rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
        }
        return keychains;
    }

    static boolean centreExists(Connection c, String region, long centre) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select 1 from centres where region_id = ? and id = ?")) {
            ps.setString(1, region);
            ps.setLong(2, centre);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void replaceConnections(Connection c, String region, long id, List<RegistrantConnection> connections) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("delete from registrant_connections where region_id = ? and registrant_id = ?")) {
            ps.setString(1, region);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
        if (connections.isEmpty()) {
            return;
        }
        String sql = "insert into registrant_connections (region_id, registrant_id, priority, kind, name, relation, phone, notes)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (RegistrantConnection connection : connections) {
                ps.setString(1, region);
                ps.setLong(2, id);
                ps.setInt(3, connection.priority());
                ps.setString(4, connection.kind());
                ps.setString(5, connection.name());
                ps.setString(6, connection.relation());
                ps.setString(7, connection.phone());
                ps.setString(8, connection.notes());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static int bind(Connection c, PreparedStatement ps, int from, ValidRegistrant r) throws SQLException {
        ps.setString(from, r.name());
        ps.setString(from + 1, r.nameKana());
        ps.setString(from + 2, r.searchKey());
        ps.setDate(from + 3, Date.valueOf(r.birthDate()));
        ps.setString(from + 4, r.sex());
        ps.setString(from + 5, r.postalCode());
        ps.setString(from + 6, r.address());
        ps.setString(from + 7, r.phone());
        ps.setString(from + 8, r.livingSituation());
        ps.setString(from + 9, r.livingNotes());
        ps.setString(from + 10, r.careLevel());
        MedicalNotes m = r.medical();
        ps.setString(from + 11, m.conditions());
        ps.setString(from + 12, m.medication());
        ps.setString(from + 13, m.allergies());
        ps.setString(from + 14, m.familyDoctor());
        ps.setString(from + 15, m.familyDoctorPhone());
        ps.setString(from + 16, m.hospital());
        ps.setString(from + 17, m.notes());
        ps.setString(from + 18, r.consentFormVersion());
        ps.setDate(from + 19, Date.valueOf(r.consentedOn()));
        ps.setArray(from + 20, c.createArrayOf("text", r.discloseTo().toArray()));
        return from + 21;
    }

    static List<String> texts(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            texts.add(String.valueOf(value));
        }
        return texts;
    }

    static LocalDate localDate(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
