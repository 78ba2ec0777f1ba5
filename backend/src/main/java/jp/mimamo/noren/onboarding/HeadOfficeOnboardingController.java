package jp.mimamo.noren.onboarding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jp.mimamo.noren.audit.ClientInfo;
import jp.mimamo.noren.shared.Downloads;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.tenancy.Caller;
import jp.mimamo.noren.tenancy.Region;
import jp.mimamo.noren.tenancy.RegionDirectory;
import jp.mimamo.noren.tenancy.Roles;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static jp.mimamo.noren.shared.ProblemResponses.localeOf;

/** Head office's queue of applications (「新しい地域の申込み」) and its hold over regions: suspend, reactivate, export. */
@Controller("/api/v1/hq")
@ExecuteOn(TaskExecutors.IO)
@Secured(Roles.HEAD_OFFICE)
class HeadOfficeOnboardingController {
    private final Applications applications;
    private final Provisioning provisioning;
    private final RegionDirectory directory;
    private final RegionExport export;

    HeadOfficeOnboardingController(Applications applications, Provisioning provisioning, RegionDirectory directory,
                                   RegionExport export) {
        this.applications = applications;
        this.provisioning = provisioning;
        this.directory = directory;
        this.export = export;
    }

    @Serdeable
    record VersionForm(@Nullable Integer version) {
    }

    @Get("/region-applications")
    List<ApplicationView> list() {
        return applications.list();
    }

    @Get("/region-applications/{id}")
    ApplicationView get(long id) {
        return applications.get(id);
    }

    @Post("/region-applications/{id}/approve")
    ApplicationView approve(long id, Authentication who, @Body VersionForm form) {
        return provisioning.approve(id, form.version(), who.getName());
    }

    @Post("/region-applications/{id}/retry")
    ApplicationView retry(long id) {
        return provisioning.resume(id);
    }

    @Post("/region-applications/{id}/request-changes")
    ApplicationView requestChanges(long id, HttpRequest<?> request, Authentication who, @Body ReviewForm form) {
        return applications.requestChanges(id, form, who.getName(), localeOf(request));
    }

    @Post("/region-applications/{id}/reject")
    ApplicationView reject(long id, HttpRequest<?> request, Authentication who, @Body ReviewForm form) {
        return applications.reject(id, form, who.getName(), localeOf(request));
    }

    @Post("/regions/{code}/suspend")
    HttpResponse<Void> suspend(String code) {
        return status(code, false);
    }

    @Post("/regions/{code}/reactivate")
    HttpResponse<Void> reactivate(String code) {
        return status(code, true);
    }

    private HttpResponse<Void> status(String code, boolean active) {
        if (!directory.setStatus(code, active)) {
            throw ProblemException.notFound();
        }
        return HttpResponse.noContent();
    }

    @Get(value = "/regions/{code}/export", produces = "application/zip")
    HttpResponse<StreamedFile> export(String code, Authentication who, ClientInfo client) throws IOException {
        Region region = directory.named(code).orElseThrow(ProblemException::notFound);
        Path zip = export.export(region, Caller.of(who), client);
        InputStream in = new FilterInputStream(Files.newInputStream(zip)) {
            @Override
            public void close() throws IOException {
                super.close();
                Files.deleteIfExists(zip);
            }
        };
        String name = "region-" + code + "-" + LocalDate.now(ZoneId.of("Asia/Tokyo")) + ".zip";
        return HttpResponse.ok(new StreamedFile(in, io.micronaut.http.MediaType.of("application/zip"), System.currentTimeMillis(), Files.size(zip)))
                .header("Content-Disposition", Downloads.attachment(name, name));
    }
}
