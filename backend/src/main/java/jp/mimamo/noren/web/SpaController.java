package jp.mimamo.noren.web;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemResponses;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Serves the single-page application: its own routes (/regions/yamato/sponsors …) answer with index.html,
 * API paths that match nothing answer with a problem document, and the OpenAPI document lives at /openapi.yml.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class SpaController {
    private final ResourceResolver resources;

    SpaController(ResourceResolver resources) {
        this.resources = resources;
    }

    @Get(value = "/openapi.yml", produces = "application/yaml")
    HttpResponse<byte[]> openApi() {
        return read("classpath:META-INF/swagger/noren.yml")
                .<HttpResponse<byte[]>>map(HttpResponse::ok)
                .orElseGet(HttpResponse::notFound);
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    HttpResponse<?> notFound(HttpRequest<?> request) {
        String path = request.getPath();
        boolean page = request.getMethod() == HttpMethod.GET && !path.startsWith("/api/") && !path.contains(".");
        if (page) {
            Optional<byte[]> index = read("classpath:public/index.html");
            if (index.isPresent()) {
                return HttpResponse.ok(index.get()).contentType(MediaType.TEXT_HTML_TYPE)
                        .header("Cache-Control", "no-cache");
            }
        }
        return ProblemResponses.of(request, ProblemException.notFound());
    }

    private Optional<byte[]> read(String location) {
        return resources.getResourceAsStream(location).map(SpaController::bytes);
    }

    private static byte[] bytes(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
