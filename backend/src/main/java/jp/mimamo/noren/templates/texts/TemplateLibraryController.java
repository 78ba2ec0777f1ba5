package jp.mimamo.noren.templates.texts;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jp.mimamo.noren.tenancy.Roles;

import java.util.List;

import static jp.mimamo.noren.shared.ProblemResponses.localeOf;

/** Head office keeps the library of document texts: every publish is a new version. */
@Controller("/api/v1/hq/document-templates")
@ExecuteOn(TaskExecutors.IO)
@Secured(Roles.HEAD_OFFICE)
class TemplateLibraryController {
    private final TemplateLibrary library;

    TemplateLibraryController(TemplateLibrary library) {
        this.library = library;
    }

    @Get
    List<LibraryEntry> list() {
        return library.list();
    }

    @Get("/{key}")
    LibraryTemplateView template(String key) {
        return library.template(key);
    }

    @Get("/{key}/versions/{version}")
    VersionView version(String key, int version) {
        return library.version(key, version);
    }

    @Post("/{key}/versions")
    HttpResponse<TemplateVersion> publish(HttpRequest<?> request, Authentication authentication, String key, @Body PublishForm form) {
        return HttpResponse.created(library.publish(key, form, authentication.getName(), localeOf(request)));
    }

    @Post("/{key}/preview")
    RenderedText preview(HttpRequest<?> request, String key, @Body PreviewForm form) {
        return library.preview(key, form, localeOf(request));
    }
}
