package jp.mimamo.noren.templates.texts;

import io.micronaut.http.HttpRequest;
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

/** A region admin's view of the document texts: use head office's, or keep the region's own and keep it in step. */
@Controller("/api/v1/regions/{region}/document-templates")
@ExecuteOn(TaskExecutors.IO)
@Secured(Roles.REGION_ADMIN)
class RegionTemplateController {
    private final RegionTemplates templates;

    RegionTemplateController(RegionTemplates templates) {
        this.templates = templates;
    }

    @Get
    List<RegionTemplateEntry> list(@Parameter(hidden = true) @InRegion CurrentRegion scope) {
        return templates.list(scope);
    }

    @Get("/{key}")
    RegionTemplateView template(@Parameter(hidden = true) @InRegion CurrentRegion scope, String key) {
        return templates.template(scope, key);
    }

    @Put("/{key}/override")
    RegionTemplateView edit(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request, String key,
                            @Body OverrideForm form) {
        return templates.edit(scope, key, form, localeOf(request));
    }

    @Post("/{key}/override/rebase")
    RegionTemplateView rebase(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request, String key,
                              @Body RevisionForm form) {
        return templates.rebase(scope, key, form, localeOf(request));
    }

    @Post("/{key}/override/revert")
    RegionTemplateView revert(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request, String key,
                              @Body RevisionForm form) {
        return templates.revert(scope, key, form, localeOf(request));
    }

    @Post("/{key}/preview")
    RenderedText preview(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request, String key,
                         @Body PreviewForm form) {
        return templates.preview(key, form, localeOf(request));
    }
}
