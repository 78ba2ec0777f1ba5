package jp.mimamo.noren.lookups;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The look-up's reads in the registrant's region: the number, then only the fields a responder may see. */
final class LookupRepository {
    private static final List<String> CURRENT = List.of("active", "in-hospital", "in-facility");

    private LookupRepository() {
    }

    /** What the number leads to before anything personal is read. */
    record Keychain(long registrantId, long centreId, boolean revoked, boolean current, List<String> discloseTo,
                    LookupView.CentreContact centre, boolean centreHasEmail) {
    }

    static Optional<Keychain> keychain(Connection c, String region, String number) throws SQLException {
        String sql = """
                select k.registrant_id, r.centre_id, k.revoked_at is not null, r.status, r.erased_at is not null, r.disclose_to,
                       ce.name, ce.phone, ce.after_hours_contact, ce.after_hours_phone,
                       coalesce(ce.email, '') <> ''
                from keychains k
                join registrants r on r.region_id = k.region_id and r.id = k.registrant_id
                join centres ce on ce.region_id = r.region_id and ce.id = r.centre_id
                where k.region_id = ? and k.number = ?""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setString(2, number);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                boolean current = !rs.getBoolean(5) && CURRENT.contains(rs.getString(4));
                return Optional.of(new Keychain(rs.getLong(1), rs.getLong(2), rs.getBoolean(3), current, texts(rs.getArray(6)),
                        new LookupView.CentreContact(rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)),
                        rs.getBoolean(11)));
            }
        }
    }

    /** Name, reading, birth date and, if asked, the medical notes; nothing else of the record is read. */
    static Person person(Connection c, String region, long registrantId) throws SQLException {
        String sql = """
                select name, name_kana, birth_date, conditions, medication, allergies, family_doctor, family_doctor_phone,
                       hospital, medical_notes
                from registrants where region_id = ? and id = ?""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setLong(2, registrantId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Date birth = rs.getDate(3);
                return new Person(rs.getString(1), rs.getString(2), birth == null ? null : birth.toLocalDate(),
                        new LookupView.Medical(rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                                rs.getString(8), rs.getString(9), rs.getString(10)));
            }
        }
    }

    record Person(String name, String nameKana, java.time.LocalDate birthDate, LookupView.Medical medical) {
    }

    static List<LookupView.Contact> connections(Connection c, String region, long registrantId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select priority, name, relation, phone from registrant_connections
                where region_id = ? and registrant_id = ? order by priority""")) {
            ps.setString(1, region);
            ps.setLong(2, registrantId);
            List<LookupView.Contact> contacts = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    contacts.add(new LookupView.Contact(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
            return contacts;
        }
    }

    private static List<String> texts(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            texts.add(String.valueOf(value));
        }
        return texts;
    }
}
