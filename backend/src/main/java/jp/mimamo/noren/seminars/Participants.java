package jp.mimamo.noren.seminars;

import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.JapaneseText;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The residents who take part, one record per person per region. An application names an existing participant, or
 * gives a name, フリガナ and a phone or email: the same name and reading with the same phone or email is taken to be
 * the same person, so a second application does not make a second record.
 */
@Singleton
class Participants {
    static final String COLUMNS = "id, name, name_kana, phone, email, check_in_code";
    /** No 0/O, 1/I: the code is read aloud and typed as well as scanned. */
    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int CODE_LENGTH = 8;
    private static final Pattern PHONE = Pattern.compile("^0\\d{1,4}-?\\d{1,4}-?\\d{3,4}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");
    private final SecureRandom random = new SecureRandom();
    private final RegionDatabase database;

    Participants(RegionDatabase database) {
        this.database = database;
    }

    record Valid(String name, String nameKana, String searchKey, String phone, String email) {
    }

    List<ParticipantView> search(CurrentRegion region, String query) {
        String key = JapaneseText.searchKey(query);
        String sql = "select " + COLUMNS + " from seminar_participants where region_id = ?"
                + " and (? = '' or search_key like '%' || ? || '%' or replace(phone, '-', '') like '%' || ? || '%') order by name_kana limit 50";
        return database.inRegion(region, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, region.code());
                ps.setString(2, key);
                ps.setString(3, key);
                ps.setString(4, key.replace("-", ""));
                List<ParticipantView> found = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(view(rs));
                    }
                }
                return found;
            }
        });
    }

    static Valid validate(ParticipantForm form, String prefix, FormErrors errors) {
        if (form == null) {
            errors.reject(prefix + "name", "validation.required");
            return null;
        }
        String name = JapaneseText.trimmed(form.name());
        if (name == null) {
            errors.reject(prefix + "name", "validation.required");
        } else if (name.length() > 100) {
            errors.reject(prefix + "name", "validation.tooLong", 100);
        }
        String kana = JapaneseText.reading(JapaneseText.trimmed(form.nameKana()));
        if (kana == null || kana.isEmpty()) {
            errors.reject(prefix + "nameKana", "validation.required");
        } else if (kana.length() > 100) {
            errors.reject(prefix + "nameKana", "validation.tooLong", 100);
        } else if (!JapaneseText.isKatakanaReading(kana)) {
            errors.reject(prefix + "nameKana", "validation.kana");
        }
        String phone = JapaneseText.folded(form.phone());
        if (phone != null) {
            phone = phone.replace('ー', '-').replace('−', '-').replace(" ", "");
            long digits = phone.chars().filter(Character::isDigit).count();
            if (!PHONE.matcher(phone).matches() || digits < 10 || digits > 11) {
                errors.reject(prefix + "phone", "validation.phone");
            }
        }
        String email = JapaneseText.folded(form.email());
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            errors.reject(prefix + "email", "validation.email");
        }
        if (phone == null && email == null) {
            errors.reject(prefix + "phone", "validation.seminar.phoneOrEmail");
        }
        return new Valid(name, kana, JapaneseText.searchKey(name) + " " + JapaneseText.searchKey(kana), phone, email);
    }

    Optional<ParticipantView> find(Connection c, String region, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from seminar_participants where region_id = ? and id = ?")) {
            ps.setString(1, region);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(view(rs)) : Optional.empty();
            }
        }
    }

    Optional<ParticipantView> byCode(Connection c, String region, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from seminar_participants where region_id = ? and check_in_code = ?")) {
            ps.setString(1, region);
            ps.setString(2, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(view(rs)) : Optional.empty();
            }
        }
    }

    /** The participant named by id, or the one the details describe, created when there is none. */
    ParticipantView resolve(Connection c, String region, Long participantId, Valid details) throws SQLException {
        if (participantId != null) {
            return find(c, region, participantId).orElseThrow(ProblemException::notFound);
        }
        String match = "select " + COLUMNS + " from seminar_participants where region_id = ? and search_key = ?"
                + " and (phone = ? or lower(email) = lower(?)) order by id limit 1";
        try (PreparedStatement ps = c.prepareStatement(match)) {
            ps.setString(1, region);
            ps.setString(2, details.searchKey());
            ps.setString(3, details.phone());
            ps.setString(4, details.email());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return view(rs);
                }
            }
        }
        String insert = "insert into seminar_participants (region_id, name, name_kana, search_key, phone, email, check_in_code)"
                + " values (?, ?, ?, ?, ?, ?, ?) on conflict (region_id, check_in_code) do nothing returning " + COLUMNS;
        while (true) {
            try (PreparedStatement ps = c.prepareStatement(insert)) {
                ps.setString(1, region);
                ps.setString(2, details.name());
                ps.setString(3, details.nameKana());
                ps.setString(4, details.searchKey());
                ps.setString(5, details.phone());
                ps.setString(6, details.email());
                ps.setString(7, newCode());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return view(rs);
                    }
                }
            }
        }
    }

    /** A code as scanned or typed: NFKC-folded, upper case, spaces and hyphens dropped. */
    static String normaliseCode(String code) {
        String folded = JapaneseText.folded(code);
        return folded == null ? "" : folded.toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    static ParticipantView view(ResultSet rs) throws SQLException {
        return new ParticipantView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6));
    }
}
