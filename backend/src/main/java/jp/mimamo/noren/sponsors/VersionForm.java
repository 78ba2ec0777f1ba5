package jp.mimamo.noren.sponsors;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The version a person read, sent with archive and restore. */
@Serdeable
public record VersionForm(@Nullable Integer version) {
}
