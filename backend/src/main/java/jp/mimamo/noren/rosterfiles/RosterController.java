package jp.mimamo.noren.rosterfiles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Parameter;
import jp.mimamo.noren.shared.Downloads;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.tables.CsvEncoding;
import jp.mimamo.noren.tables.TableFormat;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.InRegion;
import jp.mimamo.noren.tenancy.Roles;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import static jp.mimamo.noren.shared.ProblemResponses.localeOf;

/** The roster as a file: export, and import in three steps (preview, apply, undo). Region admins only. */
@Controller("/api/v1/regions/{region}/roster")
@ExecuteOn(TaskExecutors.IO)
@Secured(Roles.REGION_ADMIN)
class RosterController {
    private final RosterExport export;
    private final RosterImports imports;

    RosterController(RosterExport export, RosterImports imports) {
        this.export = export;
        this.imports = imports;
    }

    @Get(value = "/export", produces = {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv"})
    HttpResponse<byte[]> export(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                                @Nullable @QueryValue String format, @Nullable @QueryValue String encoding) {
        Locale locale = localeOf(request);
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
        byte[] file = export.export(scope, tableFormat, csvEncoding);
        String date = LocalDate.now(RosterExport.TOKYO).toString();
        String contentType = tableFormat == TableFormat.CSV
                ? "text/csv; charset=" + (csvEncoding == CsvEncoding.UTF_8 ? "UTF-8" : "Windows-31J")
                : tableFormat.contentType();
        String ext = tableFormat.extension();
        return HttpResponse.ok(file).contentType(contentType).header("Content-Disposition",
                Downloads.attachment("roster-" + date + "." + ext, scope.region().name() + "_協賛者名簿_" + date + "." + ext));
    }

    @Post(value = "/import/preview")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    RosterViews.Preview preview(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                                @Nullable @QueryValue String fileName, @Nullable @QueryValue String encoding,
                                @Nullable @Body byte[] body) {
        Locale locale = localeOf(request);
        Optional<CsvEncoding> chosen = switch (encoding == null || encoding.isBlank() ? "" : encoding.toLowerCase(Locale.ROOT)) {
            case "" -> Optional.empty();
            case "utf-8", "utf-8-bom" -> Optional.of(CsvEncoding.UTF_8);
            case "cp932", "shift_jis" -> Optional.of(CsvEncoding.WINDOWS_31J);
            default -> throw invalid(locale, "encoding", "utf-8, cp932");
        };
        return imports.preview(scope, body == null ? new byte[0] : body, fileName == null ? "" : fileName, chosen, locale);
    }

    @Post("/import/{importId}/apply")
    RosterViews.Applied apply(@Parameter(hidden = true) @InRegion CurrentRegion scope, String importId) {
        return imports.apply(scope, importId);
    }

    @Post("/import/{importId}/undo")
    RosterViews.Undone undo(@Parameter(hidden = true) @InRegion CurrentRegion scope, String importId) {
        return imports.undo(scope, importId);
    }

    private static RuntimeException invalid(Locale locale, String field, String allowed) {
        FormErrors errors = new FormErrors(locale);
        errors.reject(field, "validation.oneOf", allowed);
        errors.throwIfAny();
        return new IllegalStateException("unreachable");
    }
}
