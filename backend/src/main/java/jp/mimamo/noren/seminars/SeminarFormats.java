package jp.mimamo.noren.seminars;

import io.micronaut.context.annotation.Factory;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jp.mimamo.noren.documents.DocumentText;
import jp.mimamo.noren.documents.TemplateKind;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The named seminar formats (地域づくりセミナー, 体操教室 …) a new seminar may start from, kept in head office's template
 * library as {@code seminar-formats}: one format a line, {@code 名称｜所要時間（分）｜定員｜説明}. A line that does not
 * read as a format is left out, so a region's own list never breaks the seminar form.
 */
@Singleton
class SeminarFormats {
    static final String KEY = "seminar-formats";
    private static final Pattern SEPARATOR = Pattern.compile("[|｜]");
    private final RegionDatabase database;

    SeminarFormats(RegionDatabase database) {
        this.database = database;
    }

    Formats inForce(CurrentRegion region) {
        DocumentText text = database.inRegion(region, c -> DocumentText.inForce(c, region.code(), KEY));
        return new Formats(text.label(), parse(text.body()));
    }

    static List<Format> parse(String body) {
        List<Format> formats = new ArrayList<>();
        for (String line : body.split("\n")) {
            String[] parts = SEPARATOR.split(line.strip(), 4);
            if (parts.length < 3 || parts[0].isBlank()) {
                continue;
            }
            Integer minutes = number(parts[1]);
            Integer capacity = number(parts[2]);
            if (minutes == null || capacity == null || minutes < 1 || minutes > 24 * 60 || capacity < 1 || capacity > 10_000) {
                continue;
            }
            formats.add(new Format(parts[0].strip(), minutes, capacity, parts.length == 4 ? parts[3].strip() : ""));
        }
        return formats;
    }

    private static Integer number(String text) {
        try {
            return Integer.valueOf(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The formats in force and the version of the list they come from (第2版, 第2版・地域改訂1). */
    @Serdeable
    record Formats(String version, List<Format> formats) {
    }

    /** What a new seminar of this format starts with: title, length of a session, capacity and description. */
    @Serdeable
    record Format(String name, int durationMinutes, int capacity, String description) {
    }

    @Factory
    static class Kind {
        @Singleton
        TemplateKind seminarFormats() {
            return new TemplateKind(KEY, "講座の形式（新しい講座の初期値）", "Seminar formats (defaults for a new seminar)", false, List.of());
        }
    }
}
