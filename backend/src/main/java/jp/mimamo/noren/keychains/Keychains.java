package jp.mimamo.noren.keychains;

import jakarta.inject.Singleton;
import jp.mimamo.noren.audit.AccessEntry;
import jp.mimamo.noren.audit.AccessLog;
import jp.mimamo.noren.audit.ClientInfo;
import jp.mimamo.noren.audit.Reader;
import jp.mimamo.noren.registrants.RegistrantAccess;
import jp.mimamo.noren.shared.FieldError;
import jp.mimamo.noren.shared.FieldRules;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.Messages;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issuing, revoking and replacing a registrant's keychain (their own centre's staff only), and the staff's check
 * of a number. Every step is one transaction with its access-log entry.
 */
@Singleton
public class Keychains {
    static final List<String> REASONS = List.of("lost", "damaged", "returned", "other");
    private static final int ATTEMPTS = 20;

    private final RegionDatabase database;
    private final AccessLog log;
    private final NumberGenerator generator;

    Keychains(RegionDatabase database, AccessLog log, NumberGenerator generator) {
        this.database = database;
        this.log = log;
        this.generator = generator;
    }

    /** The first keychain of a registrant who has none in force. Public for the demo data. */
    public KeychainChange issue(CurrentRegion region, long registrantId, ClientInfo client) {
        return database.inRegion(region, c -> {
            Reader reader = Reader.of(c, region, client);
            RegistrantAccess.Subject subject = RegistrantAccess.forChange(c, region.code(), reader, registrantId);
            requireCurrent(subject);
            if (KeychainRepository.inForce(c, region.code(), registrantId).isPresent()) {
                throw new ProblemException(ProblemType.CONFLICT, "problem.keychain.alreadyIssued");
            }
            KeychainRecord issued = issueNew(c, region.code(), registrantId, reader.username());
            log.record(c, region, reader, new AccessEntry(registrantId, "keychain", List.of("keychains"), AccessEntry.Access.FULL,
                    null, AccessEntry.Outcome.WRITTEN, Map.of("issued", issued.number())));
            return new KeychainChange(null, issued);
        });
    }

    /** Takes the number in force out of use and, with {@code reissue}, gives the registrant a new one in the same step. */
    KeychainChange revoke(CurrentRegion region, long registrantId, String typedNumber, RevokeForm form, ClientInfo client,
                          Locale locale) {
        RegistrationNumber number = parseForStaff(typedNumber, locale);
        FormErrors errors = new FormErrors(locale);
        String reason = FieldRules.oneOf(errors, "reason", form.reason(), REASONS, true);
        errors.throwIfAny();
        boolean reissue = Boolean.TRUE.equals(form.reissue());
        return database.inRegion(region, c -> {
            Reader reader = Reader.of(c, region, client);
            RegistrantAccess.Subject subject = RegistrantAccess.forChange(c, region.code(), reader, registrantId);
            KeychainRecord current = KeychainRepository.find(c, region.code(), number.canonical())
                    .filter(k -> k.registrantId() == registrantId).orElseThrow(ProblemException::notFound);
            if (current.revokedAt() != null) {
                throw new ProblemException(ProblemType.CONFLICT, "problem.keychain.notInForce");
            }
            if (reissue) {
                requireCurrent(subject);
            }
            KeychainRepository.revoke(c, region.code(), current.number(), reader.username(), reason);
            KeychainRecord issued = null;
            if (reissue) {
                issued = issueNew(c, region.code(), registrantId, reader.username());
                KeychainRepository.replacedBy(c, region.code(), current.number(), issued.number());
            }
            Map<String, Object> details = new HashMap<>(Map.of("revoked", current.number(), "reason", reason));
            if (issued != null) {
                details.put("issued", issued.number());
            }
            log.record(c, region, reader, new AccessEntry(registrantId, "keychain", List.of("keychains"), AccessEntry.Access.FULL,
                    null, AccessEntry.Outcome.WRITTEN, details));
            return new KeychainChange(KeychainRepository.find(c, region.code(), current.number()).orElseThrow(), issued);
        });
    }

    /**
     * The staff's check of a number someone read out: refused as typed (400) before any query, but the attempt is
     * logged; not found in this region (404); or found, in force or revoked.
     */
    NumberCheck check(CurrentRegion region, String typed, ClientInfo client, Locale locale) {
        RegistrationNumber number;
        try {
            number = RegistrationNumber.parse(typed);
        } catch (RegistrationNumber.Invalid invalid) {
            database.inRegion(region, c -> {
                log.record(c, region, Reader.of(c, region, client), new AccessEntry(null, "number-check", List.of(),
                        AccessEntry.Access.NONE, null, AccessEntry.Outcome.REJECTED,
                        Map.of("typed", typed == null ? "" : typed.substring(0, Math.min(typed.length(), 40)),
                                "problem", invalid.reason().name().toLowerCase(Locale.ROOT))));
                return null;
            });
            throw invalidNumber(invalid, locale);
        }
        NumberCheck found = database.inRegion(region, c -> {
            NumberCheck result = find(c, region.code(), number);
            log.record(c, region, Reader.of(c, region, client), new AccessEntry(result == null ? null : result.registrantId(),
                    "number-check", List.of("keychains"), result == null ? AccessEntry.Access.NONE : AccessEntry.Access.LIMITED,
                    null, AccessEntry.Outcome.SHOWN, Map.of("number", number.canonical(), "found", result != null)));
            return result;
        });
        if (found == null) {
            throw ProblemException.notFound();
        }
        return found;
    }

    private KeychainRecord issueNew(Connection c, String region, long registrantId, String actor) throws SQLException {
        String prefix = KeychainPrefixes.ensure(c, region);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            RegistrationNumber number = generator.next(prefix);
            if (KeychainRepository.insert(c, region, number, registrantId, actor)) {
                return KeychainRepository.find(c, region, number.canonical()).orElseThrow();
            }
        }
        throw new IllegalStateException("No free number after " + ATTEMPTS + " draws in " + region);
    }

    private static NumberCheck find(Connection c, String region, RegistrationNumber number) throws SQLException {
        String sql = """
                select k.number, k.registrant_id, r.centre_id, ce.name, r.status, k.issued_at, k.revoked_at, k.revoke_reason,
                       k.replaced_by
                from keychains k
                join registrants r on r.region_id = k.region_id and r.id = k.registrant_id
                join centres ce on ce.region_id = r.region_id and ce.id = r.centre_id
                where k.region_id = ? and k.number = ?""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setString(2, number.canonical());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                var revoked = rs.getTimestamp(7);
                return new NumberCheck(rs.getString(1), number.display(), revoked == null ? "active" : "revoked",
                        rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(),
                        revoked == null ? null : revoked.toInstant(), rs.getString(8), rs.getString(9));
            }
        }
    }

    private static void requireCurrent(RegistrantAccess.Subject subject) {
        if (!subject.current()) {
            throw new ProblemException(ProblemType.CONFLICT, "problem.keychain.registrationEnded");
        }
    }

    /** A number in a staff request's path or form: 400 with the reason when it is not one. */
    static RegistrationNumber parseForStaff(String typed, Locale locale) {
        try {
            return RegistrationNumber.parse(typed);
        } catch (RegistrationNumber.Invalid invalid) {
            throw invalidNumber(invalid, locale);
        }
    }

    private static ProblemException invalidNumber(RegistrationNumber.Invalid invalid, Locale locale) {
        String key = invalid.reason() == RegistrationNumber.Invalid.Reason.FORMAT
                ? "validation.keychain.format" : "validation.keychain.checkDigit";
        return new ProblemException(ProblemType.VALIDATION, List.of(new FieldError("number", Messages.get(locale, key))),
                "problem.validation.detail");
    }
}
