package jp.mimamo.noren.users;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Parameter;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.InRegion;
import jp.mimamo.noren.tenancy.Roles;

import java.util.List;

import static jp.mimamo.noren.shared.ProblemResponses.localeOf;

@Controller("/api/v1/regions/{region}/users")
@ExecuteOn(TaskExecutors.IO)
@Secured(Roles.REGION_ADMIN)
class RegionUserController {
    private final RegionUsers users;

    RegionUserController(RegionUsers users) {
        this.users = users;
    }

    @Get
    List<RegionUser> list(@Parameter(hidden = true) @InRegion CurrentRegion scope) {
        return users.list(scope);
    }

    @Post
    HttpResponse<RegionUser> invite(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                                    @Body InvitationForm form) {
        return HttpResponse.created(users.invite(scope, form, localeOf(request)));
    }

    @Put("/{userId}/roles")
    RegionUser roles(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request, String userId,
                     @Body RolesForm form) {
        return users.setRoles(scope, userId, form, localeOf(request));
    }

    @Post("/{userId}/disable")
    RegionUser disable(@Parameter(hidden = true) @InRegion CurrentRegion scope, String userId) {
        return users.setEnabled(scope, userId, false);
    }

    @Post("/{userId}/enable")
    RegionUser enable(@Parameter(hidden = true) @InRegion CurrentRegion scope, String userId) {
        return users.setEnabled(scope, userId, true);
    }
}
