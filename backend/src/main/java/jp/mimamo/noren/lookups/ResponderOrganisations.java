package jp.mimamo.noren.lookups;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/** The region admin's list of responder organisations, their approval and their members. */
@Singleton
public class ResponderOrganisations {
    private final RegionDatabase database;

    ResponderOrganisations(RegionDatabase database) {
        this.database = database;
    }

    /** What a responder's page needs to know before a look-up: whether they need to give an emergency reason. */
    @Serdeable
    public record ResponderProfile(String username, Long organisationId, String organisationName, String organisationKind,
                                   boolean approved) {
    }

    List<OrganisationView> list(CurrentRegion region) {
        return database.inRegion(region, c -> OrganisationRepository.list(c, region.code()));
    }

    /** Public for the demo data. */
    public OrganisationView create(CurrentRegion region, OrganisationForm form, Locale locale) {
        OrganisationRules.Valid valid = OrganisationRules.validate(form, locale);
        return database.inRegion(region, c -> {
            refuseDuplicate(c, region, valid.name(), null);
            return load(c, region, OrganisationRepository.insert(c, region.code(), valid, region.caller().username()));
        });
    }

    OrganisationView edit(CurrentRegion region, long id, OrganisationForm form, Locale locale) {
        return database.inRegion(region, c -> {
            OrganisationView before = load(c, region, id);
            int version = OrganisationRules.requireVersion(form.version(), locale);
            OrganisationRules.Valid valid = OrganisationRules.validate(form, locale);
            refuseDuplicate(c, region, valid.name(), id);
            if (before.version() != version
                    || !OrganisationRepository.update(c, region.code(), id, version, valid, region.caller().username())) {
                throw ProblemException.staleVersion();
            }
            return load(c, region, id);
        });
    }

    /** Only an organisation without members can be removed. */
    void delete(CurrentRegion region, long id, Integer version, Locale locale) {
        database.inRegion(region, c -> {
            OrganisationView before = load(c, region, id);
            int expected = OrganisationRules.requireVersion(version, locale);
            if (before.members() > 0) {
                throw new ProblemException(ProblemType.CONFLICT, "problem.responderOrganisation.inUse");
            }
            if (before.version() != expected || !OrganisationRepository.delete(c, region.code(), id, expected)) {
                throw ProblemException.staleVersion();
            }
            return null;
        });
    }

    List<ResponderMember> members(CurrentRegion region, long organisation) {
        return database.inRegion(region, c -> {
            load(c, region, organisation);
            return OrganisationRepository.members(c, region.code(), organisation);
        });
    }

    /** Public for the demo data. */
    public ResponderMember assign(CurrentRegion region, long organisation, String username, Locale locale) {
        String name = OrganisationRules.username(username, locale);
        return database.inRegion(region, c -> {
            load(c, region, organisation);
            return OrganisationRepository.assign(c, region.code(), organisation, name, region.caller().username());
        });
    }

    void unassign(CurrentRegion region, long organisation, String username, Locale locale) {
        String name = OrganisationRules.username(username, locale);
        database.inRegion(region, c -> {
            load(c, region, organisation);
            if (!OrganisationRepository.unassign(c, region.code(), organisation, name)) {
                throw ProblemException.notFound();
            }
            return null;
        });
    }

    ResponderProfile profile(CurrentRegion region) {
        String username = region.caller().username();
        return database.inRegion(region, c -> OrganisationRepository.ofResponder(c, region.code(), username)
                .map(o -> new ResponderProfile(username, o.id(), o.name(), o.kind(), o.approved()))
                .orElse(new ResponderProfile(username, null, null, null, false)));
    }

    private static OrganisationView load(Connection c, CurrentRegion region, long id) throws SQLException {
        return OrganisationRepository.find(c, region.code(), id).orElseThrow(ProblemException::notFound);
    }

    private static void refuseDuplicate(Connection c, CurrentRegion region, String name, Long except) throws SQLException {
        if (OrganisationRepository.nameTaken(c, region.code(), name, except)) {
            throw new ProblemException(ProblemType.CONFLICT, "problem.responderOrganisation.exists", name);
        }
    }
}
