package jp.mimamo.noren.updates;

import jakarta.inject.Singleton;
import jp.mimamo.noren.audit.AccessEntry;
import jp.mimamo.noren.audit.AccessLog;
import jp.mimamo.noren.audit.ClientInfo;
import jp.mimamo.noren.audit.Reader;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Records the contacts made for birth-month updates. A contact that reached the person (updated, or confirmed
 * unchanged) completes the registrant's open cycle and takes them off the worklist until their next birth month;
 * one that could not reach them keeps the cycle open. Only the registrant's own centre records contacts.
 */
@Singleton
class UpdateContacts {
    static final List<String> SECTIONS = List.of("birth-month-update");
    private final RegionDatabase database;
    private final AccessLog log;

    UpdateContacts(RegionDatabase database, AccessLog log) {
        this.database = database;
        this.log = log;
    }

    ContactView record(CurrentRegion region, ContactForm form, ClientInfo client, Locale locale) {
        ContactRules.ValidContact contact = ContactRules.validate(form, UpdateMonth.today(), locale);
        YearMonth now = UpdateMonth.current();
        return database.inRegion(region, c -> {
            Reader reader = Reader.of(c, region, client);
            Subject subject = lockRegistrant(c, region.code(), contact.registrantId());
            if (!reader.worksAt(subject.centreId())) {
                throw new ProblemException(ProblemType.FORBIDDEN,
                        reader.centreId() == null ? "problem.registrant.noCentre" : "problem.registrant.otherCentre");
            }
            if (subject.version() != contact.registrantVersion()) {
                throw ProblemException.staleVersion();
            }
            if (!subject.status().equals("active")) {
                throw new ProblemException(ProblemType.CONFLICT, "problem.update.notActive");
            }
            UpdateCycles.openForRegistrant(c, region.code(), contact.registrantId(), now);
            YearMonth cycle = openCycle(c, region.code(), contact.registrantId(), now);
            long id = insert(c, region.code(), contact, cycle, reader);
            if (contact.completes()) {
                complete(c, region.code(), contact.registrantId(), cycle, id);
            }
            log.record(c, region, reader, new AccessEntry(contact.registrantId(), "update", SECTIONS, AccessEntry.Access.FULL, null,
                    AccessEntry.Outcome.WRITTEN, Map.of("contact", id, "outcome", contact.outcome(),
                    "cycle", cycle.toString())));
            return history(c, region.code(), contact.registrantId()).get(0);
        });
    }

    /** Every contact made for one registrant's updates, newest first: for their own centre only. */
    List<ContactView> history(CurrentRegion region, long registrantId, ClientInfo client) {
        return database.inRegion(region, c -> {
            Reader reader = Reader.of(c, region, client);
            Subject subject = find(c, region.code(), registrantId, "");
            if (!reader.worksAt(subject.centreId())) {
                throw ProblemException.forbidden();
            }
            List<ContactView> contacts = history(c, region.code(), registrantId);
            log.record(c, region, reader, AccessEntry.read(registrantId, SECTIONS, AccessEntry.Access.FULL, null));
            return contacts;
        });
    }

    private record Subject(long centreId, int version, String status) {
    }

    private static Subject lockRegistrant(Connection c, String region, long id) throws SQLException {
        return find(c, region, id, " for update");
    }

    private static Subject find(Connection c, String region, long id, String lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select centre_id, version, status from registrants where region_id = ? and id = ?" + lock)) {
            ps.setString(1, region);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ProblemException.notFound();
                }
                return new Subject(rs.getLong(1), rs.getInt(2), rs.getString(3));
            }
        }
    }

    /** The registrant's open cycle of the last twelve months, or 409 when this year's update is done (or not yet due). */
    private static YearMonth openCycle(Connection c, String region, long registrant, YearMonth now) throws SQLException {
        int last = UpdateMonth.index(now);
        try (PreparedStatement ps = c.prepareStatement("""
                select year, month from birth_month_cycles
                where region_id = ? and registrant_id = ? and state = 'open' and year * 12 + month - 1 between ? and ?
                order by year desc, month desc limit 1""")) {
            ps.setString(1, region);
            ps.setLong(2, registrant);
            ps.setInt(3, last - UpdateMonth.WINDOW + 1);
            ps.setInt(4, last);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new ProblemException(ProblemType.CONFLICT, "problem.update.notDue");
                }
                return YearMonth.of(rs.getInt(1), rs.getInt(2));
            }
        }
    }

    private static long insert(Connection c, String region, ContactRules.ValidContact contact, YearMonth cycle, Reader reader)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into update_contacts (region_id, registrant_id, cycle_year, cycle_month, contacted_on, method, outcome,
                                             changed_fields, concern, follow_up, registrant_version, username, display_name)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")) {
            ps.setString(1, region);
            ps.setLong(2, contact.registrantId());
            ps.setInt(3, cycle.getYear());
            ps.setInt(4, cycle.getMonthValue());
            ps.setObject(5, contact.contactedOn());
            ps.setString(6, contact.method());
            ps.setString(7, contact.outcome());
            ps.setArray(8, c.createArrayOf("text", contact.changedFields().toArray()));
            ps.setString(9, contact.concern());
            ps.setBoolean(10, contact.followUp());
            ps.setInt(11, contact.registrantVersion());
            ps.setString(12, reader.username());
            ps.setString(13, reader.displayName());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void complete(Connection c, String region, long registrant, YearMonth cycle, long contact) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                update birth_month_cycles set state = 'done', done_at = now(), done_contact_id = ?
                where region_id = ? and registrant_id = ? and year = ? and month = ? and state = 'open'""")) {
            ps.setLong(1, contact);
            ps.setString(2, region);
            ps.setLong(3, registrant);
            ps.setInt(4, cycle.getYear());
            ps.setInt(5, cycle.getMonthValue());
            ps.executeUpdate();
        }
    }

    private static List<ContactView> history(Connection c, String region, long registrant) throws SQLException {
        List<ContactView> contacts = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select id, registrant_id, cycle_year, cycle_month, contacted_on, method, outcome, changed_fields, concern,
                       follow_up, username, display_name, recorded_at
                from update_contacts where region_id = ? and registrant_id = ? order by recorded_at desc, id desc""")) {
            ps.setString(1, region);
            ps.setLong(2, registrant);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String outcome = rs.getString(7);
                    contacts.add(new ContactView(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4),
                            rs.getObject(5, LocalDate.class), rs.getString(6), outcome,
                            List.of((String[]) rs.getArray(8).getArray()), rs.getString(9), rs.getBoolean(10), rs.getString(11),
                            rs.getString(12), rs.getTimestamp(13).toInstant(), !outcome.equals("unreachable")));
                }
            }
        }
        return contacts;
    }
}
