package jp.mimamo.noren.lookups;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Parameter;
import jp.mimamo.noren.audit.ClientInfo;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.InRegion;
import jp.mimamo.noren.tenancy.Roles;

import java.util.List;

import static jp.mimamo.noren.shared.ProblemResponses.localeOf;

/**
 * The look-up, through the responder's own region's path (the number names the registrant's region); the centre's
 * notices; the region admin's review of emergency disclosures.
 */
@Controller("/api/v1/regions/{region}")
@ExecuteOn(TaskExecutors.IO)
class LookupController {
    private final Lookups lookups;
    private final LookupNotices notices;
    private final EmergencyDisclosures disclosures;
    private final ResponderOrganisations organisations;

    LookupController(Lookups lookups, LookupNotices notices, EmergencyDisclosures disclosures,
                     ResponderOrganisations organisations) {
        this.lookups = lookups;
        this.notices = notices;
        this.disclosures = disclosures;
        this.organisations = organisations;
    }

    @Post("/lookups")
    @Secured(Roles.RESPONDER)
    LookupView lookUp(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                      @Parameter(hidden = true) ClientInfo client, @Body LookupForm form) {
        return lookups.lookUp(scope, form, client, localeOf(request));
    }

    @Get("/responder-profile")
    @Secured(Roles.RESPONDER)
    ResponderOrganisations.ResponderProfile profile(@Parameter(hidden = true) @InRegion CurrentRegion scope) {
        return organisations.profile(scope);
    }

    @Get("/lookup-notices")
    @Secured({Roles.REGION_ADMIN, Roles.CENTRE_STAFF})
    LookupNotice.Inbox notices(@Parameter(hidden = true) @InRegion CurrentRegion scope,
                               @Parameter(hidden = true) ClientInfo client) {
        return notices.inbox(scope, client);
    }

    @Post("/lookup-notices/{noticeId}/read")
    @Secured({Roles.REGION_ADMIN, Roles.CENTRE_STAFF})
    LookupNotice read(@Parameter(hidden = true) @InRegion CurrentRegion scope, @Parameter(hidden = true) ClientInfo client,
                      long noticeId) {
        return notices.markRead(scope, noticeId, client);
    }

    @Get("/emergency-disclosures")
    @Secured(Roles.REGION_ADMIN)
    List<EmergencyDisclosure> disclosures(@Parameter(hidden = true) @InRegion CurrentRegion scope,
                                          @Nullable @QueryValue Boolean pending) {
        return disclosures.list(scope, Boolean.TRUE.equals(pending));
    }

    @Post("/emergency-disclosures/{disclosureId}/review")
    @Secured(Roles.REGION_ADMIN)
    EmergencyDisclosure review(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                               long disclosureId, @Body EmergencyDisclosure.Review review) {
        return disclosures.review(scope, disclosureId, review, localeOf(request));
    }
}
