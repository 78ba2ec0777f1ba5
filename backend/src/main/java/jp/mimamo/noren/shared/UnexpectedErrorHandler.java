package jp.mimamo.noren.shared;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.UUID;

/** The last line: anything unforeseen is logged with a reference and answered without internals or SQL. */
@Singleton
class UnexpectedErrorHandler implements ExceptionHandler<RuntimeException, HttpResponse<Problem>> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, RuntimeException exception) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Unexpected error {} on {} {}", reference, request.getMethod(), request.getPath(), exception);
        Problem generic = ProblemResponses.problem(request, ProblemType.INTERNAL, List.of());
        Problem body = new Problem(generic.type(), generic.title(), generic.status(),
                generic.detail() + " (" + reference + ")", List.of());
        return HttpResponse.<Problem>serverError(body).contentType(Problem.MEDIA_TYPE);
    }
}
