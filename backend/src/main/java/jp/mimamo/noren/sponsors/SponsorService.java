package jp.mimamo.noren.sponsors;

import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.HistoryEntry;
import jp.mimamo.noren.shared.Page;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/** Keeping a region's roster: each use case is one transaction bound to the caller's region. */
@Singleton
public class SponsorService {
    private final RegionDatabase database;
    private final SponsorHistory history;

    SponsorService(RegionDatabase database, SponsorHistory history) {
        this.database = database;
        this.history = history;
    }

    Page<SponsorSummary> search(CurrentRegion region, SponsorQuery query) {
        return database.inRegion(region, c -> SponsorRepository.list(c, region.code(), query));
    }

    List<CategoryCount> counts(CurrentRegion region) {
        return database.inRegion(region, c -> SponsorRepository.counts(c, region.code()));
    }

    SponsorView get(CurrentRegion region, long id) {
        return database.inRegion(region, c -> load(c, region.code(), id));
    }

    List<HistoryEntry> history(CurrentRegion region, long id) {
        return database.inRegion(region, c -> {
            load(c, region.code(), id);
            return history.list(c, region.code(), id);
        });
    }

    public SponsorView register(CurrentRegion region, SponsorForm form, Locale locale) {
        return database.inRegion(region, c -> {
            ValidSponsor sponsor = SponsorRules.validate(form, SponsorRepository.activeCategories(c), locale);
            long id = SponsorRepository.insert(c, region.code(), sponsor);
            history.record(c, region.code(), id, region.caller().username(), "created", SponsorHistory.diff(null, sponsor));
            return load(c, region.code(), id);
        });
    }

    SponsorView edit(CurrentRegion region, long id, SponsorForm form, Locale locale) {
        int version = requireVersion(form.version(), locale);
        return database.inRegion(region, c -> {
            SponsorView before = load(c, region.code(), id);
            ValidSponsor sponsor = SponsorRules.validate(form, SponsorRepository.activeCategories(c), locale);
            if (before.version() != version || !SponsorRepository.update(c, region.code(), id, version, sponsor)) {
                throw ProblemException.staleVersion();
            }
            var changes = SponsorHistory.diff(before, sponsor);
            if (!changes.isEmpty()) {
                history.record(c, region.code(), id, region.caller().username(), "updated", changes);
            }
            return load(c, region.code(), id);
        });
    }

    SponsorView archive(CurrentRegion region, long id, Integer version, boolean archived, Locale locale) {
        int expected = requireVersion(version, locale);
        return database.inRegion(region, c -> {
            SponsorView before = load(c, region.code(), id);
            if (before.archived() == archived) {
                return before;
            }
            if (before.version() != expected || !SponsorRepository.setArchived(c, region.code(), id, expected, archived)) {
                throw ProblemException.staleVersion();
            }
            history.record(c, region.code(), id, region.caller().username(), archived ? "archived" : "restored", List.of());
            return load(c, region.code(), id);
        });
    }

    private static SponsorView load(Connection c, String region, long id) throws SQLException {
        return SponsorRepository.find(c, region, id).orElseThrow(ProblemException::notFound);
    }

    private static int requireVersion(Integer version, Locale locale) {
        if (version == null) {
            var errors = new FormErrors(locale);
            errors.reject("version", "validation.required");
            errors.throwIfAny();
        }
        return version;
    }

}
