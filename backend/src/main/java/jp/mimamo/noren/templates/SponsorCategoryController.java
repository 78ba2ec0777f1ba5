package jp.mimamo.noren.templates;

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
import jp.mimamo.noren.tenancy.Roles;

import java.util.List;

import static jp.mimamo.noren.shared.ProblemResponses.localeOf;

/** Head office keeps the category template. */
@Controller("/api/v1/hq/sponsor-categories")
@ExecuteOn(TaskExecutors.IO)
@Secured(Roles.HEAD_OFFICE)
class SponsorCategoryController {
    private final SponsorCategories categories;

    SponsorCategoryController(SponsorCategories categories) {
        this.categories = categories;
    }

    @Get
    List<SponsorCategory> list() {
        return categories.all();
    }

    @Post
    HttpResponse<SponsorCategory> create(HttpRequest<?> request, @Body SponsorCategoryForm form) {
        return HttpResponse.created(categories.create(form, localeOf(request)));
    }

    @Put("/{code}")
    SponsorCategory update(HttpRequest<?> request, String code, @Body SponsorCategoryForm form) {
        return categories.update(code, form, localeOf(request));
    }
}
