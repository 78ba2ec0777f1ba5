package jp.mimamo.noren.centres;

import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/** Keeping a region's centres and who works at each; every use case is one transaction in the caller's region. */
@Singleton
public class Centres {
    private final RegionDatabase database;

    Centres(RegionDatabase database) {
        this.database = database;
    }

    List<CentreView> list(CurrentRegion region) {
        return database.inRegion(region, c -> CentreRepository.list(c, region.code(), region.caller().username()));
    }

    CentreView get(CurrentRegion region, long id) {
        return database.inRegion(region, c -> load(c, region, id));
    }

    /** Public for the demo data. */
    public CentreView create(CurrentRegion region, CentreForm form, Locale locale) {
        ValidCentre centre = CentreRules.validate(form, locale);
        return database.inRegion(region, c -> {
            refuseDuplicate(c, region, centre.name(), null);
            return load(c, region, CentreRepository.insert(c, region.code(), centre));
        });
    }

    CentreView edit(CurrentRegion region, long id, CentreForm form, Locale locale) {
        return database.inRegion(region, c -> {
            CentreView before = load(c, region, id);
            int version = CentreRules.requireVersion(form.version(), locale);
            ValidCentre centre = CentreRules.validate(form, locale);
            refuseDuplicate(c, region, centre.name(), id);
            if (before.version() != version || !CentreRepository.update(c, region.code(), id, version, centre)) {
                throw ProblemException.staleVersion();
            }
            return load(c, region, id);
        });
    }

    /** Only a centre with no staff and no registrants (ever) can be removed. */
    void delete(CurrentRegion region, long id, Integer version, Locale locale) {
        database.inRegion(region, c -> {
            CentreView before = load(c, region, id);
            int expected = CentreRules.requireVersion(version, locale);
            if (before.staff() > 0 || hasAnyRegistrant(c, region.code(), id)) {
                throw new ProblemException(ProblemType.CONFLICT, "problem.centre.inUse");
            }
            if (before.version() != expected || !CentreRepository.delete(c, region.code(), id, expected)) {
                throw ProblemException.staleVersion();
            }
            return null;
        });
    }

    List<StaffMember> staff(CurrentRegion region, long centre) {
        return database.inRegion(region, c -> {
            load(c, region, centre);
            return CentreRepository.staff(c, region.code(), centre);
        });
    }

    /** Public for the demo data. */
    public StaffMember assign(CurrentRegion region, long centre, String username, Locale locale) {
        String name = CentreRules.username(username, locale);
        return database.inRegion(region, c -> {
            load(c, region, centre);
            return CentreRepository.assign(c, region.code(), centre, name, region.caller().username());
        });
    }

    /** Public for the demo data. */
    public void unassign(CurrentRegion region, long centre, String username, Locale locale) {
        String name = CentreRules.username(username, locale);
        database.inRegion(region, c -> {
            load(c, region, centre);
            if (!CentreRepository.unassign(c, region.code(), centre, name)) {
                throw ProblemException.notFound();
            }
            return null;
        });
    }

    private static CentreView load(Connection c, CurrentRegion region, long id) throws SQLException {
        return CentreRepository.find(c, region.code(), id, region.caller().username()).orElseThrow(ProblemException::notFound);
    }

    private static void refuseDuplicate(Connection c, CurrentRegion region, String name, Long except) throws SQLException {
        if (CentreRepository.nameTaken(c, region.code(), name, except)) {
            throw new ProblemException(ProblemType.CONFLICT, "problem.centre.exists", name);
        }
    }

    private static boolean hasAnyRegistrant(Connection c, String region, long centre) throws SQLException {
        try (var ps = c.prepareStatement("select 1 from registrants where region_id = ? and centre_id = ? limit 1")) {
            ps.setString(1, region);
            ps.setLong(2, centre);
            try (var rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
