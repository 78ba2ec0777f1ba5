package jp.mimamo.noren.onboarding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jp.mimamo.noren.audit.ClientInfo;

import java.util.List;
import java.util.Map;

import static jp.mimamo.noren.shared.ProblemResponses.localeOf;

/** The organiser's side, without login: the application form, the email check, the edit link and the invitation. */
@Controller("/api/v1/public/onboarding")
@ExecuteOn(TaskExecutors.IO)
@Secured(SecurityRule.IS_ANONYMOUS)
class PublicOnboardingController {
    private final Applications applications;
    private final Invitations invitations;

    PublicOnboardingController(Applications applications, Invitations invitations) {
        this.applications = applications;
        this.invitations = invitations;
    }

    @Serdeable
    record FormStart(String formToken, List<Map<String, String>> partnerRoles, List<String> reservedCodes) {
    }

    @Serdeable
    record TokenForm(@Nullable String token) {
    }

    @Get("/form")
    FormStart form() {
        return new FormStart(applications.formToken(), PartnerRoles.LABELS.entrySet().stream()
                .map(e -> Map.of("code", e.getKey(), "label", e.getValue())).toList(),
                RegionCodes.RESERVED.stream().sorted().toList());
    }

    @Post("/applications")
    HttpResponse<Map<String, String>> apply(HttpRequest<?> request, ClientInfo client, @Body ApplicationForm form) {
        applications.apply(form, client.ip(), localeOf(request));
        return HttpResponse.status(HttpStatus.ACCEPTED).body(Map.of("status", "unverified"));
    }

    @Post("/verify")
    ApplicationView verify(HttpRequest<?> request, @Body TokenForm form) {
        return applications.verify(form.token(), localeOf(request));
    }

    @Get("/applications/edit")
    ApplicationView editable(@QueryValue String token) {
        return applications.editable(token);
    }

    @Put("/applications/edit")
    ApplicationView resubmit(HttpRequest<?> request, @QueryValue String token, @Body ApplicationForm form) {
        return applications.resubmit(token, form, localeOf(request));
    }

    @Get("/invitations")
    InvitationView invitation(@QueryValue String token) {
        return invitations.show(token);
    }

    @Post("/invitations/accept")
    InvitationView accept(HttpRequest<?> request, @Body AcceptForm form) {
        return invitations.accept(form, localeOf(request));
    }
}
