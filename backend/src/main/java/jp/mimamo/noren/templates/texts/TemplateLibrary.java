package jp.mimamo.noren.templates.texts;

import jakarta.inject.Singleton;
import jp.mimamo.noren.documents.TemplateKind;
import jp.mimamo.noren.documents.TextTemplate;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.JapaneseText;
import jp.mimamo.noren.shared.ProblemException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Head office's side of the library: the templates, their versions, previews, and publishing a new version. */
@Singleton
class TemplateLibrary {
    static final String UNIQUE_VIOLATION = "23505";
    private static final int MAX_NOTE = 500;
    private final DataSource dataSource;
    private final TemplateRegistry registry;
    private final TemplateVersions versions;

    TemplateLibrary(DataSource dataSource, TemplateRegistry registry, TemplateVersions versions) {
        this.dataSource = dataSource;
        this.registry = registry;
        this.versions = versions;
    }

    List<LibraryEntry> list() {
        Map<String, VersionSummary> latest = withConnection(versions::latestOfEach);
        return registry.all().stream().map(kind -> {
            VersionSummary version = latest.get(kind.key());
            return version == null
                    ? new LibraryEntry(kind.key(), kind.nameJa(), kind.nameEn(), null, null, null)
                    : new LibraryEntry(kind.key(), kind.nameJa(), kind.nameEn(), version.version(), version.publishedAt(), version.publishedBy());
        }).toList();
    }

    LibraryTemplateView template(String key) {
        TemplateKind kind = registry.find(key);
        return withConnection(c -> new LibraryTemplateView(TemplateKindView.of(kind), versions.latest(c, key).orElse(null), versions.history(c, key)));
    }

    VersionView version(String key, int number) {
        registry.find(key);
        return withConnection(c -> {
            TemplateVersion version = versions.find(c, key, number).orElseThrow(ProblemException::notFound);
            TextChanges changes = number == 1 ? null
                    : versions.find(c, key, number - 1).map(previous -> TextChanges.between(previous, version)).orElse(null);
            return new VersionView(version, changes);
        });
    }

    RenderedText preview(String key, PreviewForm form, Locale locale) {
        return render(registry.find(key), form.subject(), form.body(), locale);
    }

    TemplateVersion publish(String key, PublishForm form, String publisher, Locale locale) {
        TemplateKind kind = registry.find(key);
        FormErrors errors = new FormErrors(locale);
        TemplateText text = TemplateText.checked(kind, form.subject(), form.body(), errors);
        String note = JapaneseText.trimmed(form.note());
        if (note == null) {
            errors.reject("note", "validation.required");
        } else if (note.length() > MAX_NOTE) {
            errors.reject("note", "validation.tooLong", MAX_NOTE);
        }
        if (form.baseVersion() == null) {
            errors.reject("baseVersion", "validation.required");
        }
        errors.throwIfAny();
        return withConnection(c -> {
            TemplateVersion latest = versions.latest(c, key).orElse(null);
            if (latest != null && latest.version() == form.baseVersion() && text.sameAs(latest.subject(), latest.body())) {
                errors.reject("body", "validation.template.unchanged");
                errors.throwIfAny();
            }
            try {
                if (!versions.add(c, key, form.baseVersion(), text, note, publisher)) {
                    throw ProblemException.staleVersion();
                }
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw ProblemException.staleVersion();
                }
                throw e;
            }
            return versions.find(c, key, form.baseVersion() + 1).orElseThrow();
        });
    }

    /** The text filled in with the kind's sample values, or a 400 listing every problem. */
    static RenderedText render(TemplateKind kind, String subject, String body, Locale locale) {
        FormErrors errors = new FormErrors(locale);
        TemplateText text = TemplateText.checked(kind, subject, body, errors);
        errors.throwIfAny();
        Map<String, String> samples = kind.samples();
        return new RenderedText(text.subject() == null ? null : TextTemplate.fill(text.subject(), samples), TextTemplate.fill(text.body(), samples));
    }

    private <T> T withConnection(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not use the template library", e);
        }
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }
}
