package jp.mimamo.noren.renewals;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A region's renewal settings; also the form to change them ({@code version} is the one read). {@code paymentNote}
 * is printed on every invoice: where and how to pay (振込先 …).
 */
@Serdeable
public record RenewalSettings(@Nullable Integer unitFee, @Nullable String proration,
                              @Nullable String invoiceRegistrationNumber, @Nullable String paymentNote,
                              @Nullable Integer version) {
    static final int MAX_PAYMENT_NOTE = 500;
    static final RenewalSettings DEFAULTS = new RenewalSettings(10_000, Proration.NONE.code, null, null, null);

    Proration prorationRule() {
        return Proration.of(proration).orElse(Proration.NONE);
    }
}
