package jp.mimamo.noren.onboarding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** An application as head office reviews it, with the provisioning steps once approved. */
@Serdeable
public record ApplicationView(long id, String code, String regionName, String municipality, String organiserName,
                              String organiserEmail, String organisation, List<PartnerForm> partners, int expectedCentres,
                              @Nullable String message, String status, @Nullable String reviewMessage,
                              @Nullable Instant submittedAt, Instant createdAt, int version,
                              @Nullable String regionStatus, List<StepView> steps, @Nullable Instant invitationSentAt,
                              @Nullable Instant invitationAcceptedAt) {

    @Serdeable
    public record StepView(String step, String state, @Nullable String error, int attempts, Instant updatedAt) {
    }

    /** Approved, and every provisioning step done. */
    public boolean provisioned() {
        return "approved".equals(status) && !steps.isEmpty() && steps.stream().allMatch(s -> "done".equals(s.state()));
    }
}
