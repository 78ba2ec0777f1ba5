package jp.mimamo.noren.registrants;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Parameter;
import jp.mimamo.noren.shared.Downloads;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.InRegion;
import jp.mimamo.noren.tenancy.Roles;

/** The consent form in force, to print for a new registrant and to name in the registration. */
@Controller("/api/v1/regions/{region}/consent-form")
@ExecuteOn(TaskExecutors.IO)
@Secured({Roles.REGION_ADMIN, Roles.CENTRE_STAFF})
class ConsentFormController {
    private final ConsentForm form;

    ConsentFormController(ConsentForm form) {
        this.form = form;
    }

    @Get
    ConsentForm.View inForce(@Parameter(hidden = true) @InRegion CurrentRegion scope) {
        return form.inForce(scope);
    }

    @Get(value = "/pdf", produces = MediaType.APPLICATION_PDF)
    HttpResponse<byte[]> pdf(@Parameter(hidden = true) @InRegion CurrentRegion scope) {
        return HttpResponse.ok(form.pdf(scope)).header("Content-Disposition", Downloads.attachment("consent-form.pdf", "同意書.pdf"));
    }
}
