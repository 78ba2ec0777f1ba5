package jp.mimamo.noren.renewals;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Parameter;
import jp.mimamo.noren.shared.Downloads;
import jp.mimamo.noren.shared.FiscalYear;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.InRegion;
import jp.mimamo.noren.tenancy.Roles;

import java.util.Locale;

import static jp.mimamo.noren.shared.ProblemResponses.localeOf;

/** The yearly activity reports (協賛活動報告書) as PDF: one sponsor's, or the whole year's for posting. */
@Controller("/api/v1/regions/{region}")
@ExecuteOn(TaskExecutors.IO)
@Secured(Roles.REGION_ADMIN)
class ActivityReportController {
    private final ActivityReports reports;

    ActivityReportController(ActivityReports reports) {
        this.reports = reports;
    }

    @Get(value = "/sponsors/{sponsorId}/sponsorships/{year}/activity-report.pdf", produces = "application/pdf")
    HttpResponse<byte[]> forSponsor(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                                    long sponsorId, int year) {
        byte[] pdf = reports.forSponsor(scope, sponsorId, year, localeOf(request));
        return pdf(pdf, "activity-report-" + year + "-" + sponsorId + ".pdf", year);
    }

    @Get(value = "/renewals/{year}/activity-reports.pdf", produces = "application/pdf")
    HttpResponse<byte[]> forYear(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request, int year) {
        return pdf(reports.forYear(scope, year, localeOf(request)), "activity-reports-" + year + ".pdf", year);
    }

    private static HttpResponse<byte[]> pdf(byte[] pdf, String asciiName, int year) {
        String name = new FiscalYear(year).label(Locale.JAPANESE) + "_協賛活動報告書.pdf";
        return HttpResponse.ok(pdf).contentType("application/pdf").header("Content-Disposition", Downloads.attachment(asciiName, name));
    }
}
