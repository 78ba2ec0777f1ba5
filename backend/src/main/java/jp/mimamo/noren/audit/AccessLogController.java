package jp.mimamo.noren.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Parameter;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.tables.CsvEncoding;
import jp.mimamo.noren.tables.TableFormat;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.InRegion;
import jp.mimamo.noren.tenancy.Roles;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import static jp.mimamo.noren.shared.ProblemResponses.localeOf;

/** The region admin's export of the access log for a period. */
@Controller("/api/v1/regions/{region}/access-log")
@ExecuteOn(TaskExecutors.IO)
@Secured(Roles.REGION_ADMIN)
class AccessLogController {
    private final AccessLogExport export;

    AccessLogController(AccessLogExport export) {
        this.export = export;
    }

    @Get(value = "/export", produces = {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv"})
    HttpResponse<byte[]> export(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                                @Parameter(hidden = true) ClientInfo client,
                                @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                                @Nullable @QueryValue String format, @Nullable @QueryValue String encoding) {
        Locale locale = localeOf(request);
        TableFormat tableFormat = switch (format == null ? "xlsx" : format) {
            case "xlsx" -> TableFormat.XLSX;
            case "csv" -> TableFormat.CSV;
            default -> throw invalid(locale, "format", "xlsx, csv");
        };
        CsvEncoding csvEncoding = switch (encoding == null ? "utf-8-bom" : encoding) {
            case "utf-8-bom", "utf-8" -> CsvEncoding.UTF_8;
            case "cp932" -> CsvEncoding.WINDOWS_31J;
            default -> throw invalid(locale, "encoding", "utf-8-bom, cp932");
        };
        byte[] file = export.export(scope, from, to, tableFormat, csvEncoding, client, locale);
        String contentType = tableFormat == TableFormat.CSV
                ? "text/csv; charset=" + (csvEncoding == CsvEncoding.UTF_8 ? "UTF-8" : "Windows-31J")
                : tableFormat.contentType();
        String name = "access-log-" + from + "-" + to + "." + tableFormat.extension();
        return HttpResponse.ok(file).contentType(contentType).header("Content-Disposition",
                "attachment; filename=\"" + name + "\"; filename*=UTF-8''"
                        + URLEncoder.encode("閲覧記録_" + from + "_" + to + "." + tableFormat.extension(), StandardCharsets.UTF_8));
    }

    private static RuntimeException invalid(Locale locale, String field, String allowed) {
        FormErrors errors = new FormErrors(locale);
        errors.reject(field, "validation.oneOf", allowed);
        errors.throwIfAny();
        return new IllegalStateException("unreachable");
    }
}
