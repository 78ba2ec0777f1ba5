package jp.mimamo.noren.registryfiles;

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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Parameter;
import jp.mimamo.noren.audit.ClientInfo;
import jp.mimamo.noren.shared.Downloads;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;
import jp.mimamo.noren.tables.CsvEncoding;
import jp.mimamo.noren.tables.TableDownload;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.InRegion;
import jp.mimamo.noren.tenancy.Roles;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static jp.mimamo.noren.shared.ProblemResponses.localeOf;

/**
 * The registry as a file: export, and import of an existing registry in three steps (preview, apply in the
 * background, undo). Centre staff work on their own centre's registrants; a region admin on the whole region.
 */
@Controller("/api/v1/regions/{region}/registry")
@ExecuteOn(TaskExecutors.IO)
@Secured({Roles.REGION_ADMIN, Roles.CENTRE_STAFF})
class RegistryFileController {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final RegistryExport export;
    private final RegistryPreviews previews;
    private final RegistryApply apply;
    private final RegistryUndo undo;
    private final RegistryImportStore store;

    RegistryFileController(RegistryExport export, RegistryPreviews previews, RegistryApply apply, RegistryUndo undo,
                           RegistryImportStore store) {
        this.export = export;
        this.previews = previews;
        this.apply = apply;
        this.undo = undo;
        this.store = store;
    }

    /** {@code reason}: required of a region admin, who exports the whole region (kept in the access log). */
    @Get(value = "/export", produces = {XLSX, "text/csv"})
    HttpResponse<StreamedFile> export(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                                      @Parameter(hidden = true) ClientInfo client, @Nullable @QueryValue String format,
                                      @Nullable @QueryValue String encoding, @Nullable @QueryValue String reason) {
        Locale locale = localeOf(request);
        TableDownload download = TableDownload.of(format, encoding, locale);
        String date = LocalDate.now(RegistryPreviews.TOKYO).toString();
        MediaType contentType = download.contentType();
        String ext = download.extension();
        StreamedFile file = new StreamedFile(export.export(scope, download.format(), download.encoding(), reason, client, locale), contentType);
        return HttpResponse.ok(file).contentType(contentType).header("Cache-Control", "no-store").header("Content-Disposition",
                Downloads.attachment("registry-" + date + "." + ext, scope.region().name() + "_登録者名簿_" + date + "." + ext));
    }

    /**
     * Reads the uploaded file (the request body, up to {@value RegistryPreviews#MAX_BYTES} bytes) and stages what an
     * import would do. {@code issueNumbers}: give a new keychain number to every registrant who would have none.
     */
    @Post("/import/preview")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "text/csv", XLSX})
    RegistryViews.Preview preview(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                                  @Parameter(hidden = true) ClientInfo client, @Nullable @QueryValue String fileName,
                                  @Nullable @QueryValue String encoding, @Nullable @QueryValue Boolean issueNumbers,
                                  @Body InputStream body) {
        Locale locale = localeOf(request);
        if (request.getContentLength() > RegistryPreviews.MAX_BYTES) {
            try {
                body.close();
            } catch (IOException e) {
                // the answer does not depend on it
            }
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "problem.table.tooLarge", RegistryPreviews.MAX_BYTES / (1024 * 1024));
        }
        Optional<CsvEncoding> chosen = switch (encoding == null || encoding.isBlank() ? "" : encoding.toLowerCase(Locale.ROOT)) {
            case "" -> Optional.empty();
            case "utf-8", "utf-8-bom" -> Optional.of(CsvEncoding.UTF_8);
            case "cp932", "shift_jis" -> Optional.of(CsvEncoding.WINDOWS_31J);
            default -> throw invalid(locale, "encoding", "utf-8, cp932");
        };
        return previews.preview(scope, body, fileName == null ? "" : fileName, chosen, Boolean.TRUE.equals(issueNumbers), client, locale);
    }

    /** Starts writing a previewed import in the background: 202 with its status, which {@code GET} then follows. */
    @Post("/import/{importId}/apply")
    HttpResponse<RegistryViews.Status> apply(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                                             @Parameter(hidden = true) ClientInfo client, String importId) {
        return HttpResponse.<RegistryViews.Status>status(HttpStatus.ACCEPTED)
                .body(apply.start(scope, id(importId), client, localeOf(request)));
    }

    @Get("/import/{importId}")
    RegistryViews.Status status(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request, String importId) {
        return store.status(scope.code(), id(importId), localeOf(request));
    }

    @Post("/import/{importId}/undo")
    RegistryViews.Undone undo(@Parameter(hidden = true) @InRegion CurrentRegion scope,
                              @Parameter(hidden = true) ClientInfo client, String importId) {
        return undo.undo(scope, id(importId), client);
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
