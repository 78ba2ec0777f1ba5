package jp.mimamo.noren.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.Problem;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemResponses;
import jp.mimamo.noren.shared.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keycloak or its mail server being down is the caller's 503, not a 500. */
@Singleton
class IdentityUnavailableHandler implements ExceptionHandler<IdentityUnavailable, HttpResponse<Problem>> {
    private static final Logger LOG = LoggerFactory.getLogger(IdentityUnavailableHandler.class);

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, IdentityUnavailable exception) {
        LOG.warn("Identity service unavailable: {}", exception.getMessage());
        return ProblemResponses.of(request, new ProblemException(ProblemType.UPSTREAM_UNAVAILABLE, "problem.upstream-unavailable.detail"));
    }
}
