package jp.mimamo.noren.billing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Parameter;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.InRegion;
import jp.mimamo.noren.tenancy.Roles;

/** The region's seal (印影) for invoices and receipts: upload (PNG or JPEG, up to 1 MB), look at, remove. */
@Controller("/api/v1/regions/{region}/seal")
@ExecuteOn(TaskExecutors.IO)
@Secured(Roles.REGION_ADMIN)
class SealController {
    private final SealStore seals;

    SealController(SealStore seals) {
        this.seals = seals;
    }

    @Get
    SealView describe(@Parameter(hidden = true) @InRegion CurrentRegion scope) {
        return seals.describe(scope);
    }

    @Get(value = "/image", produces = {"image/png", "image/jpeg"})
    HttpResponse<byte[]> image(@Parameter(hidden = true) @InRegion CurrentRegion scope) {
        SealImage image = seals.current(scope);
        return HttpResponse.ok(image.bytes()).contentType(image.mediaType()).header("Cache-Control", "no-store");
    }

    @Post
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "image/png", "image/jpeg"})
    SealView upload(@Parameter(hidden = true) @InRegion CurrentRegion scope, @Nullable @Body byte[] body) {
        return seals.upload(scope, body == null ? new byte[0] : body);
    }

    @Delete
    HttpResponse<Void> remove(@Parameter(hidden = true) @InRegion CurrentRegion scope) {
        seals.remove(scope);
        return HttpResponse.noContent();
    }
}
