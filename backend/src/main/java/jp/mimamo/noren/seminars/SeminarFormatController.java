package jp.mimamo.noren.seminars;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Parameter;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.InRegion;
import jp.mimamo.noren.tenancy.Roles;

/** The seminar formats in force, to fill in a new seminar. */
@Controller("/api/v1/regions/{region}/seminar-formats")
@ExecuteOn(TaskExecutors.IO)
@Secured({Roles.REGION_ADMIN, Roles.CENTRE_STAFF})
class SeminarFormatController {
    private final SeminarFormats formats;

    SeminarFormatController(SeminarFormats formats) {
        this.formats = formats;
    }

    @Get
    SeminarFormats.Formats list(@Parameter(hidden = true) @InRegion CurrentRegion scope) {
        return formats.inForce(scope);
    }
}
