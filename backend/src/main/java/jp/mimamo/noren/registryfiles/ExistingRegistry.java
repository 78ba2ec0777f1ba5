package jp.mimamo.noren.registryfiles;

import jp.mimamo.noren.registrants.MedicalNotes;
import jp.mimamo.noren.registrants.RegistrantConnection;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The region's registry as an import compares with it, read once per preview: every registrant whose data was not
 * erased with its connections, every keychain number, and the centres by name. About 1 KB per registrant.
 */
final class ExistingRegistry {
    static final String SELECT = """
            select r.id, r.version, r.centre_id, r.name, r.name_kana, r.search_key, r.birth_date, r.sex, r.postal_code,
                   r.address, r.phone, r.living_situation, r.living_notes, r.care_level, r.conditions, r.medication,
                   r.allergies, r.family_doctor, r.family_doctor_phone, r.hospital, r.medical_notes,
                   r.consent_form_version, r.consented_on, r.disclose_to, r.status
            from registrants r where r.region_id = ? and r.erased_at is null""";

    record Stored(long id, int version, RegistryRow row) {
    }

    record Keychain(long registrantId, boolean revoked) {
    }

    final Map<Long, Stored> byId = new HashMap<>();
    final Map<String, List<Long>> byPerson = new HashMap<>();
    final Map<String, Keychain> keychains = new HashMap<>();
    final Map<Long, String> activeNumber = new HashMap<>();
    final Map<String, Long> centresByName = new HashMap<>();
    final Map<Long, String> centreNames = new HashMap<>();

    static ExistingRegistry read(Connection c, String region) throws SQLException {
        ExistingRegistry existing = new ExistingRegistry();
        Map<Long, List<RegistrantConnection>> connections = connections(c, region);
        try (PreparedStatement ps = c.prepareStatement(SELECT)) {
            ps.setString(1, region);
            ps.setFetchSize(1_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Stored stored = stored(rs, connections.getOrDefault(rs.getLong(1), List.of()));
                    existing.byId.put(stored.id(), stored);
                    existing.byPerson.computeIfAbsent(personKey(stored.row().searchKey(), stored.row().birthDate()),
                            k -> new ArrayList<>(1)).add(stored.id());
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "select number, registrant_id, revoked_at is not null from keychains where region_id = ?")) {
            ps.setString(1, region);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    existing.keychains.put(rs.getString(1), new Keychain(rs.getLong(2), rs.getBoolean(3)));
                    if (!rs.getBoolean(3)) {
                        existing.activeNumber.put(rs.getLong(2), rs.getString(1));
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("select id, name from centres where region_id = ?")) {
            ps.setString(1, region);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    existing.centresByName.put(jp.mimamo.noren.shared.JapaneseText.searchKey(rs.getString(2)), rs.getLong(1));
                    existing.centreNames.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return existing;
    }

    static String personKey(String searchKey, LocalDate birthDate) {
        return searchKey + "|" + birthDate;
    }

    static Stored stored(ResultSet rs, List<RegistrantConnection> connections) throws SQLException {
        RegistryRow row = new RegistryRow(rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getObject(7, LocalDate.class), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12), rs.getString(13), rs.getString(14),
                new MedicalNotes(rs.getString(15), rs.getString(16), rs.getString(17), rs.getString(18), rs.getString(19),
                        rs.getString(20), rs.getString(21)),
                rs.getString(22), rs.getObject(23, LocalDate.class), texts(rs.getArray(24)), rs.getString(25), connections);
        return new Stored(rs.getLong(1), rs.getInt(2), row);
    }

    static Map<Long, List<RegistrantConnection>> connections(Connection c, String region) throws SQLException {
        Map<Long, List<RegistrantConnection>> byRegistrant = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select registrant_id, priority, kind, name, relation, phone, notes"
                + " from registrant_connections where region_id = ? order by registrant_id, priority")) {
            ps.setString(1, region);
            ps.setFetchSize(1_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byRegistrant.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(3)).add(new RegistrantConnection(rs.getInt(2),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
        }
        return byRegistrant;
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
