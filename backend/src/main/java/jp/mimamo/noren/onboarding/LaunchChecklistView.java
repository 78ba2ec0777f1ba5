package jp.mimamo.noren.onboarding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** The new region's launch checklist: five items, how many are done, and the partners whose agreements are ticked. */
@Serdeable
public record LaunchChecklistView(List<Item> items, int done, int total, List<Partner> partners,
                                  @Nullable Instant consentFormReviewedAt) {

    /** {@code automatic} items are ticked from the region's data; the others by the admin. */
    @Serdeable
    public record Item(String key, boolean done, boolean automatic, @Nullable String detail) {
    }

    @Serdeable
    public record Partner(long id, String name, String role, String roleLabel, @Nullable Instant agreementSignedAt, int version) {
    }
}
