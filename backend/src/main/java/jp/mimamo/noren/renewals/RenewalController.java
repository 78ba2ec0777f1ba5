package jp.mimamo.noren.renewals;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Parameter;
import jp.mimamo.noren.shared.Downloads;
import jp.mimamo.noren.shared.FiscalYear;
import jp.mimamo.noren.shared.HistoryEntry;
import jp.mimamo.noren.shared.Page;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.InRegion;
import jp.mimamo.noren.tenancy.Roles;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static jp.mimamo.noren.shared.ProblemResponses.localeOf;

/** The renewal work of a region admin: campaign, answers, money, settings. */
@Controller("/api/v1/regions/{region}")
@ExecuteOn(TaskExecutors.IO)
@Secured(Roles.REGION_ADMIN)
class RenewalController {
    private final Sponsorships sponsorships;
    private final RenewalCampaign campaign;
    private final RenewalSettingsStore settings;
    private final RenewalRequests requests;
    private final RenewalLetters letters;

    RenewalController(Sponsorships sponsorships, RenewalCampaign campaign, RenewalSettingsStore settings, RenewalRequests requests,
                      RenewalLetters letters) {
        this.sponsorships = sponsorships;
        this.campaign = campaign;
        this.settings = settings;
        this.requests = requests;
        this.letters = letters;
    }

    @Get("/sponsors/{sponsorId}/sponsorships")
    List<SponsorshipView> years(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request, long sponsorId) {
        return sponsorships.list(scope, sponsorId, localeOf(request));
    }

    @Put("/sponsors/{sponsorId}/sponsorships/{year}")
    SponsorshipView decide(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request, long sponsorId,
                           int year, @Body SponsorshipForm form) {
        return sponsorships.decide(scope, sponsorId, year, form, localeOf(request));
    }

    @Post("/sponsors/{sponsorId}/sponsorships/{year}/payment")
    SponsorshipView money(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request, long sponsorId,
                          int year, @Body PaymentForm form) {
        return sponsorships.recordMoney(scope, sponsorId, year, form, localeOf(request));
    }

    @Get("/sponsors/{sponsorId}/sponsorships/{year}/history")
    List<HistoryEntry> history(@Parameter(hidden = true) @InRegion CurrentRegion scope, long sponsorId, int year) {
        return sponsorships.history(scope, sponsorId, year);
    }

    @Post("/renewals/{year}/open")
    OpenedCampaign open(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request, int year) {
        return campaign.open(scope, year, localeOf(request));
    }

    @Get("/renewals/{year}")
    CampaignSummary summary(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request, int year) {
        return campaign.summary(scope, year, localeOf(request));
    }

    @Get("/renewals/{year}/outstanding")
    Page<OutstandingSponsor> outstanding(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request, int year,
                                         @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return campaign.outstanding(scope, year, page == null ? 0 : page, size == null ? 50 : size, localeOf(request));
    }

    @Post("/renewals/{year}/sends")
    SendReport send(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request, int year, @Body SendForm form) {
        return requests.send(scope, year, form, localeOf(request));
    }

    @Get("/renewals/{year}/sends")
    List<SendRecord> sends(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request, int year) {
        return requests.records(scope, year, localeOf(request));
    }

    @Get(value = "/renewals/{year}/letters.pdf", produces = "application/pdf")
    HttpResponse<byte[]> letters(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request, int year,
                                 @Nullable @QueryValue String step, @Nullable @QueryValue Boolean postOnly,
                                 @Nullable @QueryValue LocalDate dueDate) {
        byte[] pdf = letters.printable(scope, year, step, Boolean.TRUE.equals(postOnly), dueDate, localeOf(request));
        return HttpResponse.ok(pdf).header("Content-Disposition", Downloads.attachment("renewal-letters-" + year + ".pdf",
                new FiscalYear(year).label(Locale.JAPANESE) + "_協賛継続のお願い.pdf"));
    }

    @Get("/renewal-settings")
    RenewalSettings settings(@Parameter(hidden = true) @InRegion CurrentRegion scope) {
        return settings.get(scope);
    }

    @Put("/renewal-settings")
    RenewalSettings saveSettings(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                                 @Body RenewalSettings form) {
        return settings.save(scope, form, localeOf(request));
    }
}
