package jp.mimamo.noren.shared;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;

import java.util.List;
import java.util.Locale;

/** Builds localised problem responses; the only place that turns a problem type into a body. */
public final class ProblemResponses {
    private ProblemResponses() {
    }

    public static MutableHttpResponse<Problem> of(HttpRequest<?> request, ProblemException e) {
        Locale locale = localeOf(request);
        Problem body = new Problem(e.type().uri(), Messages.get(locale, e.type().titleKey()), e.type().status().getCode(),
                Messages.get(locale, e.detailKey(), e.detailArgs()), e.errors());
        return HttpResponse.<Problem>status(e.type().status()).body(body).contentType(Problem.MEDIA_TYPE);
    }

    public static Problem problem(HttpRequest<?> request, ProblemType type, List<FieldError> errors) {
        Locale locale = localeOf(request);
        String detailKey = "problem." + type.uri().substring(Problem.TYPE_BASE.length()) + ".detail";
        return new Problem(type.uri(), Messages.get(locale, type.titleKey()), type.status().getCode(),
                Messages.get(locale, detailKey), errors);
    }

    public static Locale localeOf(HttpRequest<?> request) {
        if (request == null) {
            return Messages.DEFAULT;
        }
        String header = request.getHeaders().get("Accept-Language");
        if (header == null || header.isBlank()) {
            return Messages.DEFAULT;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            Locale match = Locale.lookup(ranges, List.of(Locale.JAPANESE, Locale.ENGLISH));
            return Messages.supported(match);
        } catch (IllegalArgumentException malformed) {
            return Messages.DEFAULT;
        }
    }
}
