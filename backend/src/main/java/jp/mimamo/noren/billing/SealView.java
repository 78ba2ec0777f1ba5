package jp.mimamo.noren.billing;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** Whether the region has a seal, and what it is; every field but {@code uploaded} is null when it has none. */
@Serdeable
public record SealView(boolean uploaded, String mediaType, Integer width, Integer height, Integer size, String uploadedBy,
                       Instant uploadedAt) {
    static final SealView NONE = new SealView(false, null, null, null, null, null, null);
}
