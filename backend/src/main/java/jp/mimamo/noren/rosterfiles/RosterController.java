package jp.mimamo.noren.rosterfiles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Parameter;
import jp.mimamo.noren.shared.Downloads;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;
import jp.mimamo.noren.tables.CsvEncoding;
import jp.mimamo.noren.tables.TableDownload;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.InRegion;
import jp.mimamo.noren.tenancy.Roles;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static jp.mimamo.noren.shared.ProblemResponses.localeOf;

/**
 * The roster as a file: export, and import in three steps (preview, apply in the background, undo), with the
 * region's saved column mapping. Region admins only.
 */
@Controller("/api/v1/regions/{region}/roster")
@ExecuteOn(TaskExecutors.IO)
@Secured(Roles.REGION_ADMIN)
class RosterController {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final RosterExport export;
    private final RosterPreviews previews;
    private final RosterApply apply;
    private final RosterUndo undo;
    private final RosterImportStore store;
    private final RosterMappings mappings;

    RosterController(RosterExport export, RosterPreviews previews, RosterApply apply, RosterUndo undo, RosterImportStore store,
                     RosterMappings mappings) {
        this.export = export;
        this.previews = previews;
        this.apply = apply;
        this.undo = undo;
        this.store = store;
        this.mappings = mappings;
    }

    @Get(value = "/export", produces = {XLSX, "text/csv"})
    HttpResponse<StreamedFile> export(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                                      @Nullable @QueryValue String format, @Nullable @QueryValue String encoding) {
        Locale locale = localeOf(request);
        TableDownload download = TableDownload.of(format, encoding, locale);
        String date = LocalDate.now(RosterExport.TOKYO).toString();
        MediaType contentType = download.contentType();
        String ext = download.extension();
        StreamedFile file = new StreamedFile(export.export(scope, download.format(), download.encoding()), contentType);
        return HttpResponse.ok(file).contentType(contentType).header("Content-Disposition",
                Downloads.attachment("roster-" + date + "." + ext, scope.region().name() + "_協賛者名簿_" + date + "." + ext));
    }

    /**
     * Reads the uploaded file (the request body, up to {@value RosterPreviews#MAX_BYTES} bytes) and stages what an
     * import would do. A body announced as larger is refused before any of it is read.
     */
    @Post("/import/preview")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "text/csv", XLSX})
    RosterViews.Preview preview(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                                @Nullable @QueryValue String fileName, @Nullable @QueryValue String encoding,
                                @Body InputStream body) {
        Locale locale = localeOf(request);
        if (request.getContentLength() > RosterPreviews.MAX_BYTES) {
            discard(body);
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "problem.table.tooLarge", RosterPreviews.MAX_BYTES / (1024 * 1024));
        }
        Optional<CsvEncoding> chosen = switch (encoding == null || encoding.isBlank() ? "" : encoding.toLowerCase(Locale.ROOT)) {
            case "" -> Optional.empty();
            case "utf-8", "utf-8-bom" -> Optional.of(CsvEncoding.UTF_8);
            case "cp932", "shift_jis" -> Optional.of(CsvEncoding.WINDOWS_31J);
            default -> throw invalid(locale, "encoding", "utf-8, cp932");
        };
        return previews.preview(scope, body, fileName == null ? "" : fileName, chosen, locale);
    }

    /** Starts writing a previewed import in the background: 202 with its status, which {@code GET} then follows. */
    @Post("/import/{importId}/apply")
    HttpResponse<RosterViews.Status> apply(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                                           String importId) {
        return HttpResponse.<RosterViews.Status>status(HttpStatus.ACCEPTED).body(apply.start(scope, id(importId), localeOf(request)));
    }

    @Get("/import/{importId}")
    RosterViews.Status status(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request, String importId) {
        return store.status(scope.code(), id(importId), localeOf(request));
    }

    @Post("/import/{importId}/undo")
    RosterViews.Undone undo(@Parameter(hidden = true) @InRegion CurrentRegion scope, String importId) {
        return undo.undo(scope, id(importId));
    }

    @Get("/mapping")
    RosterMappings.View mapping(@Parameter(hidden = true) @InRegion CurrentRegion scope) {
        return mappings.get(scope);
    }

    @Put("/mapping")
    RosterMappings.View saveMapping(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                                    @Body RosterMappings.Form form) {
        return mappings.save(scope, form, localeOf(request));
    }

    /** Lets the server drop a body it will not read, so that the client gets the answer without sending it all. */
    private static void discard(InputStream body) {
        try {
            body.close();
        } catch (java.io.IOException e) {
            // the answer does not depend on it
        }
    }

    private static UUID id(String importId) {
        try {
            return UUID.fromString(importId);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound();
        }
    }

    private static RuntimeException invalid(Locale locale, String field, String allowed) {
        FormErrors errors = new FormErrors(locale);
        errors.reject(field, "validation.oneOf", allowed);
        errors.throwIfAny();
        return new IllegalStateException("unreachable");
    }
}
