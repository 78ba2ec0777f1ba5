package jp.mimamo.noren.registrants;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Parameter;
import jp.mimamo.noren.audit.ClientInfo;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.InRegion;
import jp.mimamo.noren.tenancy.Roles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import static jp.mimamo.noren.shared.ProblemResponses.localeOf;

/**
 * A registrant's photo (JPEG or PNG, up to 2 MB): shown to whoever sees the full record, changed by the
 * registrant's own centre. The body is read as a stream, so the limit holds whatever the server's buffer size.
 */
@Controller("/api/v1/regions/{region}/registrants/{id}/photo")
@ExecuteOn(TaskExecutors.IO)
@Secured({Roles.REGION_ADMIN, Roles.CENTRE_STAFF})
class RegistrantPhotoController {
    private final RegistrantPhotos photos;

    RegistrantPhotoController(RegistrantPhotos photos) {
        this.photos = photos;
    }

    @Get(produces = {"image/jpeg", "image/png"})
    HttpResponse<byte[]> show(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                              @Parameter(hidden = true) ClientInfo client, long id, @Nullable @QueryValue String reason) {
        RegistrantPhoto photo = photos.show(scope, id, reason, client, localeOf(request));
        return HttpResponse.ok(photo.image().bytes()).contentType(photo.image().mediaType())
                .header("Cache-Control", "no-store");
    }

    /** Replaces the photo. A body announced as larger than the limit is refused before any of it is read. */
    @Put
    @Secured(Roles.CENTRE_STAFF)
    @Consumes({"image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    RegistrantPhoto.View upload(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                                @Parameter(hidden = true) ClientInfo client, long id, @Body InputStream body) {
        if (request.getContentLength() > PhotoImage.MAX_BYTES) {
            close(body);
            throw PhotoImage.tooLarge();
        }
        byte[] bytes;
        try (body) {
            bytes = body.readNBytes(PhotoImage.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return photos.upload(scope, id, bytes, client);
    }

    @Delete
    @Secured(Roles.CENTRE_STAFF)
    HttpResponse<Void> remove(@Parameter(hidden = true) @InRegion CurrentRegion scope,
                              @Parameter(hidden = true) ClientInfo client, long id) {
        photos.remove(scope, id, client);
        return HttpResponse.noContent();
    }

    private static void close(InputStream body) {
        try {
            body.close();
        } catch (IOException e) {
            // the answer does not depend on it
        }
    }
}
