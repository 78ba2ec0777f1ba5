package jp.mimamo.noren.seminars;

import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.FieldRules;
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
        String name = FieldRules.required(errors, prefix + "name", form.name(), 100);
        String kana = FieldRules.reading(errors, prefix + "nameKana", form.nameKana(), 100, true);
        String phone = FieldRules.phone(errors, prefix + "phone", form.phone(), false);
        String email = FieldRules.email(errors, prefix + "email", form.email());
        if (JapaneseText.folded(form.phone()) == null && JapaneseText.folded(form.email()) == null) {
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
