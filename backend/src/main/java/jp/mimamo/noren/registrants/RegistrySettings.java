package jp.mimamo.noren.registrants;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A region's registry settings: how many days a registrant's personal data is kept after they withdraw their
 * consent (0 = erased the next time the retention job runs), and the version read.
 */
@Serdeable
public record RegistrySettings(@Nullable Integer withdrawalRetentionDays, @Nullable Integer version) {
}
