package jp.mimamo.noren.registrants;

import jp.mimamo.noren.audit.Reader;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.JapaneseText;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;
import jp.mimamo.noren.tenancy.Roles;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Who may see and change a registrant (docs/adr/0010):
 * <ul>
 * <li>centre staff of the registrant's own centre see the full record and may change it;</li>
 * <li>everyone else of the region's staff (another centre's staff, the region admin) sees the limited view, and
 *     the full record only after giving a reason, which the access log keeps; they never change it;</li>
 * <li>head office and responders get nothing here: the controllers refuse them before any query.</li>
 * </ul>
 * Public for the keychains feature, which issues numbers only to the registrant's own centre.
 */
public final class RegistrantAccess {
    public static final List<String> FULL_SECTIONS = List.of("identity", "contact", "living", "medical", "consent",
            "connections", "status", "keychains");
    public static final List<String> LIMITED_SECTIONS = List.of("identity", "consent", "status", "keychains");
    static final int MIN_REASON = 5;
    static final int MAX_REASON = 200;

    private RegistrantAccess() {
    }

    /** The facts about a registrant that decide access: their centre, status and whether their data was erased. */
    public record Subject(long id, long centreId, String status, boolean erased) {
        public boolean current() {
            return !erased && List.of("active", "in-hospital", "in-facility").contains(status);
        }
    }

    /** The registrant in this region, or 404. */
    public static Subject find(Connection c, String region, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select centre_id, status, erased_at is not null from registrants where region_id = ? and id = ?")) {
            ps.setString(1, region);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ProblemException.notFound();
                }
                return new Subject(id, rs.getLong(1), rs.getString(2), rs.getBoolean(3));
            }
        }
    }

    /** The registrant, if the reader works at their centre; 404 when there is none, 403 otherwise. */
    public static Subject forChange(Connection c, String region, Reader reader, long id) throws SQLException {
        Subject subject = find(c, region, id);
        if (!mayChange(reader, subject)) {
            throw notTheirCentre(reader);
        }
        return subject;
    }

    public static boolean mayChange(Reader reader, Subject subject) {
        return reader.worksAt(subject.centreId());
    }

    /** Whether the reader sees the full record: their own centre's registrant, or anyone's with a reason given. */
    static boolean seesFull(Reader reader, Subject subject, String reason) {
        return mayChange(reader, subject) || reason != null;
    }

    /** The access log's "who looked" list: the registrant's own centre and the region admin. */
    static boolean maySeeWhoLooked(Reader reader, Subject subject) {
        return mayChange(reader, subject) || reader.hasRole(Roles.REGION_ADMIN);
    }

    /** A reason for reading another centre's record in full: {@value #MIN_REASON}–{@value #MAX_REASON} characters, or none. */
    static String reason(String value, Locale locale) {
        String reason = JapaneseText.trimmed(value);
        if (reason != null && (reason.length() < MIN_REASON || reason.length() > MAX_REASON)) {
            FormErrors errors = new FormErrors(locale);
            errors.reject("reason", "validation.registrant.reason", MIN_REASON, MAX_REASON);
            errors.throwIfAny();
        }
        return reason;
    }

    static ProblemException notTheirCentre(Reader reader) {
        return new ProblemException(ProblemType.FORBIDDEN,
                reader.centreId() == null ? "problem.registrant.noCentre" : "problem.registrant.otherCentre");
    }
}
