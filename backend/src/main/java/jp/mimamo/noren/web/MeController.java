package jp.mimamo.noren.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jp.mimamo.noren.tenancy.Caller;
import jp.mimamo.noren.tenancy.Region;
import jp.mimamo.noren.tenancy.RegionDirectory;

import java.util.List;

@Controller("/api/v1/me")
@ExecuteOn(TaskExecutors.IO)
@Secured(SecurityRule.IS_AUTHENTICATED)
class MeController {
    private final RegionDirectory regions;

    MeController(RegionDirectory regions) {
        this.regions = regions;
    }

    @Get
    Me me(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        List<Region> mine = caller.regions().stream().flatMap(code -> regions.find(code).stream()).toList();
        return new Me(caller.username(), caller.displayName(), caller.email(), caller.roles(), mine, caller.isHeadOffice());
    }
}
