package jp.mimamo.noren.registrants;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A connection (つながり): a person or place to call, e.g. a daughter, a neighbour, the care manager, the
 * family doctor, the café the person goes to every morning. {@code priority} 1 is called first.
 */
@Serdeable
public record RegistrantConnection(@Nullable Integer priority, @Nullable String kind, @Nullable String name,
                                   @Nullable String relation, @Nullable String phone, @Nullable String notes) {
}
