package jp.mimamo.noren.registryfiles;

import jp.mimamo.noren.registrants.RegistrantConnection;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** The statements an import and its undo write registrants with; each names the region itself. */
final class RegistrySql {
    static final String INSERT = """
            insert into registrants (region_id, centre_id, name, name_kana, search_key, birth_date, sex, postal_code,
                address, phone, living_situation, living_notes, care_level, conditions, medication, allergies,
                family_doctor, family_doctor_phone, hospital, medical_notes, consent_form_version, consented_on,
                disclose_to, status, status_since, created_by, import_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""";
    static final String UPDATE = """
            update registrants set centre_id = ?, name = ?, name_kana = ?, search_key = ?, birth_date = ?, sex = ?,
                postal_code = ?, address = ?, phone = ?, living_situation = ?, living_notes = ?, care_level = ?,
                conditions = ?, medication = ?, allergies = ?, family_doctor = ?, family_doctor_phone = ?, hospital = ?,
                medical_notes = ?, consent_form_version = ?, consented_on = ?, disclose_to = ?, status = ?,
                status_since = case when status = ? then status_since else ? end, version = version + 1, updated_at = now()
            where region_id = ? and id = ? and version = ? and erased_at is null""";

    private RegistrySql() {
    }

    /** Binds the registrant's values from parameter {@code from} on (22 of them: centre … status); the next index. */
    static int bind(Connection c, PreparedStatement ps, int from, RegistryRow r) throws SQLException {
        int i = from;
        ps.setLong(i++, r.centreId());
        ps.setString(i++, r.name());
        ps.setString(i++, r.nameKana());
        ps.setString(i++, r.searchKey());
        ps.setDate(i++, Date.valueOf(r.birthDate()));
        ps.setString(i++, r.sex());
        ps.setString(i++, r.postalCode());
        ps.setString(i++, r.address());
        ps.setString(i++, r.phone());
        ps.setString(i++, r.livingSituation());
        ps.setString(i++, r.livingNotes());
        ps.setString(i++, r.careLevel());
        ps.setString(i++, r.medical().conditions());
        ps.setString(i++, r.medical().medication());
        ps.setString(i++, r.medical().allergies());
        ps.setString(i++, r.medical().familyDoctor());
        ps.setString(i++, r.medical().familyDoctorPhone());
        ps.setString(i++, r.medical().hospital());
        ps.setString(i++, r.medical().notes());
        ps.setString(i++, r.consentFormVersion());
        ps.setDate(i++, Date.valueOf(r.consentedOn()));
        ps.setArray(i++, c.createArrayOf("text", r.discloseTo().toArray()));
        ps.setString(i++, r.status());
        return i;
    }

    static void replaceConnections(Connection c, String region, long id, List<RegistrantConnection> connections) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("delete from registrant_connections where region_id = ? and registrant_id = ?")) {
            ps.setString(1, region);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
        if (connections.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("insert into registrant_connections (region_id, registrant_id, priority, kind,"
                + " name, relation, phone, notes) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (RegistrantConnection k : connections) {
                ps.setString(1, region);
                ps.setLong(2, id);
                ps.setInt(3, k.priority());
                ps.setString(4, k.kind());
                ps.setString(5, k.name());
                ps.setString(6, k.relation());
                ps.setString(7, k.phone());
                ps.setString(8, k.notes());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static void recordStatus(Connection c, String region, long id, String actor, String from, String to, java.time.LocalDate on,
                             String reason) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into registrant_status_changes (region_id, registrant_id, actor,"
                + " from_status, to_status, effective_on, reason) values (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, region);
            ps.setLong(2, id);
            ps.setString(3, actor);
            ps.setString(4, from);
            ps.setString(5, to);
            ps.setDate(6, Date.valueOf(on));
            ps.setString(7, reason);
            ps.executeUpdate();
        }
    }

    /** Serialises imports and undos of one region: the lock ends with the transaction. */
    static void lock(Connection c, String region) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select pg_advisory_xact_lock(hashtext('registry-import:' || ?))")) {
            ps.setString(1, region);
            ps.execute();
        }
    }
}
