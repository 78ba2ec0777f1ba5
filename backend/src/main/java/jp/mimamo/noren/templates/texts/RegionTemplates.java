package jp.mimamo.noren.templates.texts;

import jakarta.inject.Singleton;
import jp.mimamo.noren.documents.TemplateKind;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A region's side of the library: which texts it uses, its own text for a template, and keeping that text in step
 * with head office. Every change is a new revision checked against the revision the admin read; a rebase records
 * that the region reviewed head office's latest version, a revert goes back to head office's text.
 */
@Singleton
class RegionTemplates {
    private final RegionDatabase database;
    private final TemplateRegistry registry;
    private final TemplateVersions versions;
    private final RegionRevisions revisions;

    RegionTemplates(RegionDatabase database, TemplateRegistry registry, TemplateVersions versions, RegionRevisions revisions) {
        this.database = database;
        this.registry = registry;
        this.versions = versions;
        this.revisions = revisions;
    }

    /** The published templates, each with whether the region has its own text and whether head office moved on. */
    List<RegionTemplateEntry> list(CurrentRegion region) {
        return database.inRegion(region, c -> {
            Map<String, VersionSummary> latest = versions.latestOfEach(c);
            Map<String, RegionRevisions.Revision> own = revisions.latestOfEach(c, region.code());
            List<RegionTemplateEntry> entries = new ArrayList<>();
            for (TemplateKind kind : registry.all()) {
                VersionSummary shared = latest.get(kind.key());
                if (shared == null) {
                    continue;
                }
                Optional<RegionRevisions.Revision> inForce = Optional.ofNullable(own.get(kind.key())).filter(RegionRevisions.Revision::inForce);
                Integer base = inForce.map(RegionRevisions.Revision::baseVersion).orElse(null);
                entries.add(new RegionTemplateEntry(kind.key(), kind.nameJa(), kind.nameEn(), shared.version(), inForce.isPresent(), base,
                        base != null && base < shared.version()));
            }
            return entries;
        });
    }

    RegionTemplateView template(CurrentRegion region, String key) {
        TemplateKind kind = registry.find(key);
        return database.inRegion(region, c -> view(c, region.code(), kind));
    }

    RegionTemplateView edit(CurrentRegion region, String key, OverrideForm form, Locale locale) {
        TemplateKind kind = registry.find(key);
        FormErrors errors = new FormErrors(locale);
        TemplateText text = TemplateText.checked(kind, form.subject(), form.body(), errors);
        requireRevision(form.revision(), errors);
        errors.throwIfAny();
        return database.inRegion(region, c -> {
            TemplateVersion shared = shared(c, key);
            Optional<RegionRevisions.Revision> inForce = revisions.latest(c, region.code(), key).filter(RegionRevisions.Revision::inForce);
            int base = inForce.map(RegionRevisions.Revision::baseVersion)
                    .orElse(form.baseVersion() == null ? shared.version() : form.baseVersion());
            if (base < 1 || base > shared.version()) {
                errors.reject("baseVersion", "validation.range", 1, shared.version());
                errors.throwIfAny();
            }
            add(c, region, key, form.revision(), "edited", base, text);
            return view(c, region.code(), kind);
        });
    }

    /** Marks the region's text as reviewed against head office's latest version; nothing to do when it already is. */
    RegionTemplateView rebase(CurrentRegion region, String key, RevisionForm form, Locale locale) {
        TemplateKind kind = registry.find(key);
        return database.inRegion(region, c -> {
            RegionRevisions.Revision current = ownTextInForce(c, region, key, form, locale);
            TemplateVersion shared = shared(c, key);
            if (current.baseVersion() < shared.version()) {
                add(c, region, key, form.revision(), "rebased", shared.version(), new TemplateText(current.subject(), current.body()));
            }
            return view(c, region.code(), kind);
        });
    }

    /** Goes back to head office's text; the region's revisions stay in the record. */
    RegionTemplateView revert(CurrentRegion region, String key, RevisionForm form, Locale locale) {
        TemplateKind kind = registry.find(key);
        return database.inRegion(region, c -> {
            ownTextInForce(c, region, key, form, locale);
            add(c, region, key, form.revision(), "reverted", shared(c, key).version(), null);
            return view(c, region.code(), kind);
        });
    }

    RenderedText preview(String key, PreviewForm form, Locale locale) {
        return TemplateLibrary.render(registry.find(key), form.subject(), form.body(), locale);
    }

    private RegionTemplateView view(Connection c, String region, TemplateKind kind) throws SQLException {
        TemplateVersion shared = shared(c, kind.key());
        Optional<RegionRevisions.Revision> latest = revisions.latest(c, region, kind.key());
        RegionOverride override = latest.filter(RegionRevisions.Revision::inForce).map(RegionRevisions.Revision::asOverride).orElse(null);
        TextChanges upstream = null;
        if (override != null && override.baseVersion() < shared.version()) {
            TemplateVersion base = versions.find(c, kind.key(), override.baseVersion()).orElseThrow();
            upstream = TextChanges.between(base, shared);
        }
        return new RegionTemplateView(TemplateKindView.of(kind), shared, override, latest.map(RegionRevisions.Revision::revision).orElse(0), upstream);
    }

    private TemplateVersion shared(Connection c, String key) throws SQLException {
        return versions.latest(c, key).orElseThrow(ProblemException::notFound);
    }

    /** The region's own text, after checking the admin read the latest revision; 409 when the region has none. */
    private RegionRevisions.Revision ownTextInForce(Connection c, CurrentRegion region, String key, RevisionForm form, Locale locale)
            throws SQLException {
        FormErrors errors = new FormErrors(locale);
        requireRevision(form.revision(), errors);
        errors.throwIfAny();
        Optional<RegionRevisions.Revision> latest = revisions.latest(c, region.code(), key);
        if (latest.map(RegionRevisions.Revision::revision).orElse(0) != form.revision().intValue()) {
            throw ProblemException.staleVersion();
        }
        return latest.filter(RegionRevisions.Revision::inForce)
                .orElseThrow(() -> new ProblemException(ProblemType.CONFLICT, "problem.template.noOverride"));
    }

    private void add(Connection c, CurrentRegion region, String key, int readRevision, String action, int base, TemplateText text)
            throws SQLException {
        try {
            if (!revisions.add(c, region.code(), key, readRevision, action, base, text, region.caller().username())) {
                throw ProblemException.staleVersion();
            }
        } catch (SQLException e) {
            if (TemplateLibrary.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw ProblemException.staleVersion();
            }
            throw e;
        }
    }

    private static void requireRevision(Integer revision, FormErrors errors) {
        if (revision == null) {
            errors.reject("revision", "validation.required");
        }
    }
}
