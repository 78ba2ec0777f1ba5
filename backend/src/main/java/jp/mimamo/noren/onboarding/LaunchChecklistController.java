package jp.mimamo.noren.onboarding;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Parameter;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.InRegion;
import jp.mimamo.noren.tenancy.Roles;

import static jp.mimamo.noren.shared.ProblemResponses.localeOf;

/** The region admin's 「立ち上げチェックリスト」. */
@Controller("/api/v1/regions/{region}/launch-checklist")
@ExecuteOn(TaskExecutors.IO)
@Secured(Roles.REGION_ADMIN)
class LaunchChecklistController {
    private final LaunchChecklist checklist;

    LaunchChecklistController(LaunchChecklist checklist) {
        this.checklist = checklist;
    }

    @Get
    LaunchChecklistView get(@Parameter(hidden = true) @InRegion CurrentRegion scope) {
        return checklist.get(scope);
    }

    @Put("/partners/{partnerId}")
    LaunchChecklistView partner(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request, long partnerId,
                                @Body TickForm form) {
        return checklist.tickPartner(scope, partnerId, form, localeOf(request));
    }

    @Put("/consent-form")
    LaunchChecklistView consentForm(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                                    @Body TickForm form) {
        return checklist.tickConsentForm(scope, form, localeOf(request));
    }
}
