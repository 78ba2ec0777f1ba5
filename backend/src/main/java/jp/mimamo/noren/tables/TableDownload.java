package jp.mimamo.noren.tables;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import jp.mimamo.noren.shared.FormErrors;

import java.util.Locale;

/**
 * The table file a user asked to download: {@code format} (xlsx, the default, or csv) and, for CSV, {@code encoding}
 * (utf-8-bom, the default, or cp932 for Excel on Japanese Windows), as the export endpoints take them in the query.
 * Anything else is a Japanese 400 naming the field and the values allowed.
 */
public record TableDownload(TableFormat format, CsvEncoding encoding) {

    public static TableDownload of(@Nullable String format, @Nullable String encoding, Locale locale) {
        TableFormat tableFormat = switch (format == null ? "xlsx" : format) {
            case "xlsx" -> TableFormat.XLSX;
            case "csv" -> TableFormat.CSV;
            default -> throw invalid(locale, "format", "xlsx, csv");
        };
        CsvEncoding csvEncoding = switch (encoding == null ? "utf-8-bom" : encoding) {
            case "utf-8-bom", "utf-8" -> CsvEncoding.UTF_8;
            case "cp932", "shift_jis" -> CsvEncoding.WINDOWS_31J;
            default -> throw invalid(locale, "encoding", "utf-8-bom, cp932");
        };
        return new TableDownload(tableFormat, csvEncoding);
    }

    /** text/csv with its charset, or the xlsx type. */
    public MediaType contentType() {
        return format == TableFormat.CSV
                ? MediaType.of("text/csv; charset=" + (encoding == CsvEncoding.UTF_8 ? "UTF-8" : "Windows-31J"))
                : MediaType.of(format.contentType());
    }

    public String extension() {
        return format.extension();
    }

    private static RuntimeException invalid(Locale locale, String field, String allowed) {
        FormErrors errors = new FormErrors(locale);
        errors.reject(field, "validation.oneOf", allowed);
        errors.throwIfAny();
        return new IllegalStateException("unreachable");
    }
}
