package jp.mimamo.noren.keychains;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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

/** Keychains: issued, revoked and printed by the registrant's own centre; any of the region's staff may check a number. */
@Controller("/api/v1/regions/{region}")
@ExecuteOn(TaskExecutors.IO)
@Secured(Roles.CENTRE_STAFF)
class KeychainController {
    private final Keychains keychains;
    private final KeychainCards cards;

    KeychainController(Keychains keychains, KeychainCards cards) {
        this.keychains = keychains;
        this.cards = cards;
    }

    @Post("/registrants/{registrantId}/keychains")
    HttpResponse<KeychainChange> issue(@Parameter(hidden = true) @InRegion CurrentRegion scope,
                                       @Parameter(hidden = true) ClientInfo client, long registrantId) {
        return HttpResponse.created(keychains.issue(scope, registrantId, client));
    }

    @Post("/registrants/{registrantId}/keychains/{number}/revoke")
    KeychainChange revoke(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                          @Parameter(hidden = true) ClientInfo client, long registrantId, String number,
                          @Body RevokeForm form) {
        return keychains.revoke(scope, registrantId, number, form, client, localeOf(request));
    }

    @Get("/keychains/{number}")
    @Secured({Roles.REGION_ADMIN, Roles.CENTRE_STAFF})
    NumberCheck check(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                      @Parameter(hidden = true) ClientInfo client, String number) {
        return keychains.check(scope, number, client, localeOf(request));
    }

    /** {@code registrants}: comma-separated ids, at most {@value KeychainCards#MAX_CARDS}. */
    @Get(value = "/keychain-cards.pdf", produces = "application/pdf")
    HttpResponse<byte[]> cards(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                               @Parameter(hidden = true) ClientInfo client, @Nullable @QueryValue List<Long> registrants) {
        byte[] pdf = cards.print(scope, registrants, client, localeOf(request));
        return HttpResponse.ok(pdf).header("Content-Disposition",
                "attachment; filename=\"keychain-cards.pdf\"; filename*=UTF-8''"
                        + java.net.URLEncoder.encode("見守りキーホルダー_カード.pdf", java.nio.charset.StandardCharsets.UTF_8));
    }
}
