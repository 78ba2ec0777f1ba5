package jp.mimamo.noren.registrants;

import jakarta.inject.Singleton;
import jp.mimamo.noren.audit.AccessEntry;
import jp.mimamo.noren.audit.AccessLog;
import jp.mimamo.noren.audit.AccessRecord;
import jp.mimamo.noren.audit.ClientInfo;
import jp.mimamo.noren.audit.Reader;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.Page;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The registry's use cases. Each is one transaction in the caller's region, and each that shows or changes a
 * registrant's personal data writes its access-log entry in that same transaction.
 */
@Singleton
public class Registrants {
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private final RegionDatabase database;
    private final AccessLog log;

    Registrants(RegionDatabase database, AccessLog log) {
        this.database = database;
        this.log = log;
    }

    Page<RegistrantSummary> search(CurrentRegion region, RegistrantQuery query, ClientInfo client) {
        return database.inRegion(region, c -> {
            Page<RegistrantSummary> page = RegistrantSearch.run(c, region.code(), query);
            Map<String, Object> details = new HashMap<>();
            if (query.words() != null) {
                details.put("q", query.words());
            }
            if (query.centre() != null) {
                details.put("centre", query.centre());
            }
            details.put("statuses", query.statuses());
            details.put("shown", page.items().stream().map(RegistrantSummary::id).toList());
            log.record(c, region, Reader.of(c, region, client), new AccessEntry(null, "search", List.of("identity"),
                    AccessEntry.Access.LIMITED, null, AccessEntry.Outcome.SHOWN, details));
            return page;
        });
    }

    RegistrantView get(CurrentRegion region, long id, String reason, ClientInfo client, Locale locale) {
        String purpose = RegistrantAccess.reason(reason, locale);
        return database.inRegion(region, c -> {
            Reader reader = Reader.of(c, region, client);
            StoredRegistrant stored = load(c, region, id);
            boolean full = RegistrantAccess.seesFull(reader, stored.subject(), purpose);
            RegistrantView view = full ? fullView(c, region, stored, reader, purpose)
                    : RegistrantViews.limited(stored, RegistrantRepository.keychains(c, region.code(), id));
            log.record(c, region, reader, AccessEntry.read(id, full ? RegistrantAccess.FULL_SECTIONS : RegistrantAccess.LIMITED_SECTIONS,
                    full ? AccessEntry.Access.FULL : AccessEntry.Access.LIMITED, purpose));
            return view;
        });
    }

    /** Public for the demo data. */
    public RegistrantView register(CurrentRegion region, RegistrantForm form, ClientInfo client, Locale locale) {
        LocalDate today = LocalDate.now(TOKYO);
        ValidRegistrant registrant = RegistrantRules.validate(form, today, locale);
        return database.inRegion(region, c -> {
            Reader reader = Reader.of(c, region, client);
            long centre = form.centreId() != null ? form.centreId() : reader.centreId() != null ? reader.centreId() : -1;
            if (!reader.worksAt(centre)) {
                throw RegistrantAccess.notTheirCentre(reader);
            }
            long id = RegistrantRepository.insert(c, region.code(), centre, registrant, today, reader.username());
            RegistrantRepository.recordStatus(c, region.code(), id, reader.username(), null, "active", today, "新規登録");
            log.record(c, region, reader, AccessEntry.written(id, "create", RegistrantAccess.FULL_SECTIONS));
            return fullView(c, region, load(c, region, id), reader, null);
        });
    }

    RegistrantView edit(CurrentRegion region, long id, RegistrantForm form, ClientInfo client, Locale locale) {
        LocalDate today = LocalDate.now(TOKYO);
        return database.inRegion(region, c -> {
            Reader reader = Reader.of(c, region, client);
            RegistrantAccess.Subject subject = RegistrantAccess.forChange(c, region.code(), reader, id);
            if (subject.erased()) {
                throw new ProblemException(ProblemType.CONFLICT, "problem.registrant.erased");
            }
            int version = requireVersion(form.version(), locale);
            ValidRegistrant registrant = RegistrantRules.validate(form, today, locale);
            long centre = form.centreId() == null ? subject.centreId() : form.centreId();
            if (!RegistrantRepository.centreExists(c, region.code(), centre)) {
                FormErrors errors = new FormErrors(locale);
                errors.reject("centreId", "validation.centre.unknown");
                errors.throwIfAny();
            }
            if (!RegistrantRepository.update(c, region.code(), id, version, centre, registrant)) {
                throw ProblemException.staleVersion();
            }
            log.record(c, region, reader, AccessEntry.written(id, "update", RegistrantAccess.FULL_SECTIONS));
            return fullView(c, region, load(c, region, id), reader, null);
        });
    }

    /** Public for the demo data. */
    public RegistrantView changeStatus(CurrentRegion region, long id, StatusForm form, ClientInfo client, Locale locale) {
        LocalDate today = LocalDate.now(TOKYO);
        return database.inRegion(region, c -> {
            Reader reader = Reader.of(c, region, client);
            RegistrantAccess.forChange(c, region.code(), reader, id);
            StoredRegistrant before = load(c, region, id);
            RegistrantStatusRules.Change change = RegistrantStatusRules.validate(form, before.status(), today, locale);
            if (before.version() != change.version()
                    || !RegistrantRepository.setStatus(c, region.code(), id, change.version(), change.status(), change.effectiveOn())) {
                throw ProblemException.staleVersion();
            }
            RegistrantRepository.recordStatus(c, region.code(), id, reader.username(), before.status(), change.status(),
                    change.effectiveOn(), change.reason());
            log.record(c, region, reader, AccessEntry.written(id, "status", List.of("status")));
            return fullView(c, region, load(c, region, id), reader, null);
        });
    }

    /** "この記録を見た人": for the registrant's own centre and the region admin. Reading it shows no personal data. */
    List<AccessRecord> whoLooked(CurrentRegion region, long id, ClientInfo client) {
        return database.inRegion(region, c -> {
            Reader reader = Reader.of(c, region, client);
            if (!RegistrantAccess.maySeeWhoLooked(reader, RegistrantAccess.find(c, region.code(), id))) {
                throw ProblemException.forbidden();
            }
            return log.forRegistrant(c, region.code(), id);
        });
    }

    private static RegistrantView fullView(Connection c, CurrentRegion region, StoredRegistrant r, Reader reader, String purpose)
            throws SQLException {
        String code = region.code();
        return RegistrantViews.full(r, RegistrantRepository.connections(c, code, r.id()),
                RegistrantRepository.statusHistory(c, code, r.id()), RegistrantRepository.keychains(c, code, r.id()),
                RegistrantAccess.mayChange(reader, r.subject()), purpose, LocalDate.now(TOKYO));
    }

    private static StoredRegistrant load(Connection c, CurrentRegion region, long id) throws SQLException {
        return RegistrantRepository.find(c, region.code(), id).orElseThrow(ProblemException::notFound);
    }

    static int requireVersion(Integer version, Locale locale) {
        if (version == null) {
            FormErrors errors = new FormErrors(locale);
            errors.reject("version", "validation.required");
            errors.throwIfAny();
        }
        return version;
    }
}
