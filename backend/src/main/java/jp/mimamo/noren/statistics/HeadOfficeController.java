package jp.mimamo.noren.statistics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jp.mimamo.noren.shared.Downloads;
import jp.mimamo.noren.tables.TableDownload;
import jp.mimamo.noren.tenancy.Region;
import jp.mimamo.noren.tenancy.Roles;

import java.util.List;
import java.util.Locale;

import static jp.mimamo.noren.shared.ProblemResponses.localeOf;

/** Head office compares regions on aggregates; nothing here can return a region's records. */
@Controller("/api/v1/hq")
@ExecuteOn(TaskExecutors.IO)
@Secured(Roles.HEAD_OFFICE)
class HeadOfficeController {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final FranchiseStatistics statistics;
    private final Figures figures;
    private final FiguresExport export;
    private final Publications publications;

    HeadOfficeController(FranchiseStatistics statistics, Figures figures, FiguresExport export, Publications publications) {
        this.statistics = statistics;
        this.figures = figures;
        this.export = export;
        this.publications = publications;
    }

    @Get("/regions")
    List<Region> regions() {
        return statistics.regions();
    }

    @Get("/statistics/sponsor-counts")
    SponsorCountsReport sponsorCounts() {
        return statistics.sponsorCounts();
    }

    /** Regions side by side over fiscal years {@code from}–{@code to} (default: the last five); {@code metrics} comma-separated. */
    @Get("/statistics/figures")
    FiguresReport figures(HttpRequest<?> request, @Nullable @QueryValue Integer from, @Nullable @QueryValue Integer to,
                          @Nullable @QueryValue String metrics) {
        return figures.report(from, to, metrics, localeOf(request));
    }

    @Get(value = "/statistics/figures/export", produces = {XLSX, "text/csv"})
    HttpResponse<byte[]> exportFigures(HttpRequest<?> request, @Nullable @QueryValue Integer from, @Nullable @QueryValue Integer to,
                                       @Nullable @QueryValue String metrics, @Nullable @QueryValue String format,
                                       @Nullable @QueryValue String encoding) {
        Locale locale = localeOf(request);
        TableDownload download = TableDownload.of(format, encoding, locale);
        FiguresReport report = figures.report(from, to, metrics, locale);
        byte[] file = export.export(report, download.format(), download.encoding(), locale);
        String span = report.years().get(0).year() + "-" + report.years().get(report.years().size() - 1).year();
        MediaType type = download.contentType();
        String ext = download.extension();
        return HttpResponse.ok(file).contentType(type).header("Content-Disposition",
                Downloads.attachment("region-figures-" + span + "." + ext, "地域別集計_" + span + "." + ext));
    }

    /** Publishes a fiscal year's comparison to the regions (they then see every region by name), or withdraws it. */
    @Put("/statistics/publications/{year}")
    Publication publish(HttpRequest<?> request, Authentication authentication, int year, @Body Publication form) {
        publications.set(year, Boolean.TRUE.equals(form.published()), authentication.getName(), localeOf(request));
        return new Publication(Boolean.TRUE.equals(form.published()));
    }

    @Serdeable
    record Publication(@Nullable Boolean published) {
    }
}
