package jp.mimamo.noren.shared;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Turns every error the framework itself answers (unreadable JSON, wrong types, unknown routes, too large
 * bodies, missing or insufficient credentials) into a localised problem document. The framework's own
 * messages are never shown: they can name Java types.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {
    @Override
    @NonNull
    public MutableHttpResponse<Problem> processResponse(@NonNull ErrorContext context, @NonNull MutableHttpResponse<?> base) {
        ProblemType type = ProblemType.forStatus(base.code());
        List<FieldError> errors = type == ProblemType.MALFORMED_REQUEST ? malformedFields(context) : List.of();
        Problem body = ProblemResponses.problem(context.getRequest(), type, errors);
        return base.contentType(Problem.MEDIA_TYPE).body(body);
    }

    private static List<FieldError> malformedFields(ErrorContext context) {
        String message = jp.mimamo.noren.shared.Messages.get(ProblemResponses.localeOf(context.getRequest()),
                "problem.malformed-request.field");
        return context.getErrors().stream()
                .flatMap(e -> e.getPath().stream())
                .distinct()
                .map(path -> new FieldError(path, message))
                .toList();
    }
}
