package jp.mimamo.noren.lookups;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A look-up as a responder sends it: the number as typed or scanned, the reason (搬送 transport, 保護 protection,
 * 徘徊 wandering, その他 other with words), and, from a responder without an approved organisation, the emergency
 * reason that makes it a break-glass disclosure (緊急開示).
 */
@Serdeable
public record LookupForm(@Nullable String number, @Nullable String reason, @Nullable String reasonText,
                         @Nullable String emergencyReason) {
}
