package jp.mimamo.noren.updates;

import jakarta.inject.Singleton;
import jp.mimamo.noren.audit.AccessEntry;
import jp.mimamo.noren.audit.AccessLog;
import jp.mimamo.noren.audit.ClientInfo;
import jp.mimamo.noren.audit.Reader;
import jp.mimamo.noren.shared.FieldRules;
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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A centre's birth-month worklist and the postcards printed from it, for the staff of that centre. Both show
 * personal data, so each writes its access-log entry in the same transaction as the read.
 */
@Singleton
class Worklists {
    static final int MAX_SELECTED = 2000;
    private final RegionDatabase database;
    private final AccessLog log;

    Worklists(RegionDatabase database, AccessLog log) {
        this.database = database;
        this.log = log;
    }

    Worklist read(CurrentRegion region, Integer year, Integer month, ClientInfo client, Locale locale) {
        YearMonth seen = UpdateMonth.of(year, month, locale);
        return database.inRegion(region, c -> {
            Reader reader = Reader.of(c, region, client);
            long centre = centreOf(reader);
            List<WorklistItem> items = load(c, region.code(), centre, seen);
            Map<String, Object> details = new HashMap<>();
            details.put("list", "birth-month-update");
            details.put("month", seen.toString());
            details.put("shown", items.stream().map(WorklistItem::registrantId).toList());
            log.record(c, region, reader, new AccessEntry(null, "search", List.of("identity", "contact", "connections"),
                    AccessEntry.Access.FULL, null, AccessEntry.Outcome.SHOWN, details));
            return Worklist.of(seen, centre, reader.centreName(), items);
        });
    }

    /**
     * The postcards (or A4 letters) for the registrants chosen from the month's list; none chosen means everyone on it.
     * A registrant who is not on the list is a 400, so nobody's address is printed by guessing an id.
     */
    byte[] postcards(CurrentRegion region, Integer year, Integer month, String format, List<Long> ids, ClientInfo client,
                     Locale locale) {
        YearMonth seen = UpdateMonth.of(year, month, locale);
        PostcardLayout.Format layout = format(format, ids, locale);
        LocalDate today = UpdateMonth.today();
        List<Postcard> cards = database.inRegion(region, c -> {
            Reader reader = Reader.of(c, region, client);
            long centre = centreOf(reader);
            List<WorklistItem> items = load(c, region.code(), centre, seen);
            if (ids != null && !ids.isEmpty()) {
                Set<Long> onList = Set.copyOf(items.stream().map(WorklistItem::registrantId).toList());
                if (!onList.containsAll(ids)) {
                    FormErrors errors = new FormErrors(locale);
                    errors.reject("ids", "validation.update.notOnList");
                    errors.throwIfAny();
                }
                items = items.stream().filter(i -> ids.contains(i.registrantId())).toList();
            }
            PostcardTemplate template = PostcardTemplate.inForce(c, region.code());
            Postcard.Sender sender = sender(c, region, centre);
            log.record(c, region, reader, new AccessEntry(null, "export", List.of("identity", "contact"), AccessEntry.Access.FULL,
                    null, AccessEntry.Outcome.SHOWN, Map.of("document", UpdatePostcardText.KEY, "month", seen.toString(),
                    "format", layout.name().toLowerCase(Locale.ROOT),
                    "shown", items.stream().map(WorklistItem::registrantId).toList())));
            return items.stream().map(item -> Postcard.of(template, item, sender, today)).toList();
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PostcardLayout.write(out, layout, cards);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<WorklistItem> load(Connection c, String region, long centre, YearMonth seen) throws SQLException {
        UpdateCycles.openForCentre(c, region, centre, UpdateMonth.current());
        return WorklistQuery.run(c, region, centre, seen, UpdateMonth.today());
    }

    private static PostcardLayout.Format format(String format, List<Long> ids, Locale locale) {
        FormErrors errors = new FormErrors(locale);
        String chosen = FieldRules.oneOf(errors, "format", format, List.of("postcard", "letter"), false);
        if (ids != null && ids.size() > MAX_SELECTED) {
            errors.reject("ids", "validation.update.tooMany", MAX_SELECTED);
        }
        errors.throwIfAny();
        return "letter".equals(chosen) ? PostcardLayout.Format.LETTER : PostcardLayout.Format.POSTCARD;
    }

    static long centreOf(Reader reader) {
        if (reader.centreId() == null) {
            throw new ProblemException(ProblemType.FORBIDDEN, "problem.registrant.noCentre");
        }
        return reader.centreId();
    }

    private static Postcard.Sender sender(Connection c, CurrentRegion region, long centre) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select name, postal_code, address, phone from centres where region_id = ? and id = ?")) {
            ps.setString(1, region.code());
            ps.setLong(2, centre);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Postcard.Sender(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), region.region().name());
            }
        }
    }
}
