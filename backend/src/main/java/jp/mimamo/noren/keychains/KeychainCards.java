package jp.mimamo.noren.keychains;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jp.mimamo.noren.audit.AccessEntry;
import jp.mimamo.noren.audit.AccessLog;
import jp.mimamo.noren.audit.ClientInfo;
import jp.mimamo.noren.audit.Reader;
import jp.mimamo.noren.documents.DocumentText;
import jp.mimamo.noren.documents.KeychainCard;
import jp.mimamo.noren.documents.KeychainCardSheet;
import jp.mimamo.noren.documents.KeychainCardTexts;
import jp.mimamo.noren.registrants.RegistrantAccess;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Printable cards for the keychains in force of up to {@value #MAX_CARDS} registrants of the caller's own centre.
 * Each printed card is logged against its registrant.
 */
@Singleton
class KeychainCards {
    static final int MAX_CARDS = 45;
    /** The look-up page the QR code opens is the application's own, at /k/{number}. */
    static final String LOOKUP_PATH = "/k/";

    private final RegionDatabase database;
    private final AccessLog log;
    private final String publicUrl;

    KeychainCards(RegionDatabase database, AccessLog log, @Value("${noren.keycloak.public-url}") String publicUrl) {
        this.database = database;
        this.log = log;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    byte[] print(CurrentRegion region, List<Long> registrantIds, ClientInfo client, Locale locale) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(registrantIds == null ? List.of() : registrantIds));
        if (ids.isEmpty() || ids.size() > MAX_CARDS) {
            FormErrors errors = new FormErrors(locale);
            errors.reject("registrants", "validation.range", 1, MAX_CARDS);
            errors.throwIfAny();
        }
        Sheet sheet = database.inRegion(region, c -> {
            Reader reader = Reader.of(c, region, client);
            DocumentText text = DocumentText.inForce(c, region.code(), KeychainCardTemplate.KEY);
            Map<String, String> values = Map.of("regionName", region.region().name());
            List<KeychainCard> found = new ArrayList<>();
            for (long id : ids) {
                RegistrantAccess.Subject subject = RegistrantAccess.forChange(c, region.code(), reader, id);
                KeychainRecord keychain = KeychainRepository.inForce(c, region.code(), id)
                        .orElseThrow(() -> new ProblemException(ProblemType.CONFLICT, "problem.keychain.none"));
                found.add(card(c, region, subject.centreId(), keychain));
                log.record(c, region, reader, new AccessEntry(id, "card", List.of("keychains"), AccessEntry.Access.NONE, null,
                        AccessEntry.Outcome.SHOWN, Map.of("number", keychain.number(), "template", text.label())));
            }
            return new Sheet(found, KeychainCardTexts.of(text.subject(values), text.body(values)));
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            KeychainCardSheet.write(out, sheet.cards(), sheet.texts());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private record Sheet(List<KeychainCard> cards, KeychainCardTexts texts) {
    }

    private KeychainCard card(Connection c, CurrentRegion region, long centre, KeychainRecord keychain) throws SQLException {
        String sql = "select name, phone, after_hours_contact, after_hours_phone from centres where region_id = ? and id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region.code());
            ps.setLong(2, centre);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                String contact = rs.getString(3);
                String phone = rs.getString(4);
                String afterHours = contact == null && phone == null ? null
                        : ("時間外　" + (contact == null ? "" : contact + "　") + (phone == null ? "" : phone)).strip();
                return new KeychainCard(keychain.display(), publicUrl + LOOKUP_PATH + keychain.number(), region.region().name(),
                        rs.getString(1), rs.getString(2), afterHours);
            }
        }
    }
}
