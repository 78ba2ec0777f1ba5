package jp.mimamo.noren.tenancy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemResponses;
import jp.mimamo.noren.shared.ProblemType;

import java.util.Optional;

/**
 * Resolves the region of every {@code /api/v1/regions/{region}/…} request before any controller runs: the
 * caller's token must name the region (else 403, whether or not the region exists), and the region must
 * exist (else 404) and be active (a region head office suspended is 403 with its own message). The result is handed to controllers as a {@link CurrentRegion} argument.
 */
@ServerFilter(RegionGuardFilter.PATTERN)
class RegionGuardFilter implements Ordered {
    static final String PATTERN = "/api/v1/regions/**";
    static final String ATTRIBUTE = "noren.current-region";
    private static final String PREFIX = "/api/v1/regions/";

    private final RegionDirectory directory;

    RegionGuardFilter(RegionDirectory directory) {
        this.directory = directory;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.IO)
    @Nullable
    HttpResponse<?> guard(HttpRequest<?> request) {
        Optional<Authentication> authentication = request.getUserPrincipal(Authentication.class);
        if (authentication.isEmpty()) {
            return null; // the security filter has already answered 401
        }
        Caller caller = Caller.of(authentication.get());
        String code = regionCodeOf(request.getPath());
        if (!caller.belongsTo(code)) {
            return ProblemResponses.of(request, ProblemException.forbidden());
        }
        Optional<Region> region = directory.find(code);
        if (region.isEmpty()) {
            if (directory.isSuspended(code)) {
                return ProblemResponses.of(request, new ProblemException(ProblemType.FORBIDDEN, "problem.region.suspended"));
            }
            return ProblemResponses.of(request, ProblemException.notFound());
        }
        request.setAttribute(ATTRIBUTE, new CurrentRegion(region.get(), caller));
        return null;
    }

    static String regionCodeOf(String path) {
        String rest = path.substring(PREFIX.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
