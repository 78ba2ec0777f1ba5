package jp.mimamo.noren.updates;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Parameter;
import jp.mimamo.noren.audit.ClientInfo;
import jp.mimamo.noren.shared.Downloads;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.InRegion;
import jp.mimamo.noren.tenancy.Roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static jp.mimamo.noren.shared.ProblemResponses.localeOf;

/**
 * The birth-month update (誕生月更新): the worklist, postcards and contacts for a centre's own staff, and the
 * progress by centre and month for them and the region admin.
 */
@Controller("/api/v1/regions/{region}/updates")
@ExecuteOn(TaskExecutors.IO)
@Secured(Roles.CENTRE_STAFF)
class UpdateController {
    private final Worklists worklists;
    private final UpdateContacts contacts;
    private final UpdateProgress progress;

    UpdateController(Worklists worklists, UpdateContacts contacts, UpdateProgress progress) {
        this.worklists = worklists;
        this.contacts = contacts;
        this.progress = progress;
    }

    /** The caller's centre's list for {@code year}/{@code month} (default: this month in Japan). */
    @Get("/worklist")
    Worklist worklist(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                      @Parameter(hidden = true) ClientInfo client, @Nullable @QueryValue Integer year,
                      @Nullable @QueryValue Integer month) {
        return worklists.read(scope, year, month, client, localeOf(request));
    }

    /** {@code ids}: registrant ids from the list, comma separated (none: everyone on it); {@code format}: postcard or letter. */
    @Get(value = "/postcards.pdf", produces = "application/pdf")
    HttpResponse<byte[]> postcards(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                                   @Parameter(hidden = true) ClientInfo client, @Nullable @QueryValue Integer year,
                                   @Nullable @QueryValue Integer month, @Nullable @QueryValue String format,
                                   @Nullable @QueryValue String ids) {
        Locale locale = localeOf(request);
        byte[] pdf = worklists.postcards(scope, year, month, format, ids(ids, locale), client, locale);
        return HttpResponse.ok(pdf).header("Content-Disposition",
                Downloads.attachment("update-postcards.pdf", "誕生月更新のお知らせ.pdf"));
    }

    @Post("/contacts")
    HttpResponse<ContactView> record(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                                     @Parameter(hidden = true) ClientInfo client, @Body ContactForm form) {
        return HttpResponse.created(contacts.record(scope, form, client, localeOf(request)));
    }

    @Get("/registrants/{id}/contacts")
    List<ContactView> history(@Parameter(hidden = true) @InRegion CurrentRegion scope,
                              @Parameter(hidden = true) ClientInfo client, long id) {
        return contacts.history(scope, id, client);
    }

    @Get("/progress")
    @Secured({Roles.REGION_ADMIN, Roles.CENTRE_STAFF})
    ProgressView progress(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                          @Nullable @QueryValue Integer year) {
        return progress.of(scope, year, localeOf(request));
    }

    private static List<Long> ids(String text, Locale locale) {
        List<Long> ids = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return ids;
        }
        for (String part : text.split(",")) {
            try {
                ids.add(Long.parseLong(part.trim()));
            } catch (NumberFormatException e) {
                FormErrors errors = new FormErrors(locale);
                errors.reject("ids", "validation.update.ids");
                errors.throwIfAny();
            }
        }
        return ids;
    }
}
