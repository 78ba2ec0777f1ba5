package jp.mimamo.noren.renewals;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/** A payment received (振込 / 現金 / 口座振替), or an invoice sent when only {@code invoicedOn} is given. */
@Serdeable
public record PaymentForm(@Nullable LocalDate paidOn, @Nullable String method, @Nullable Integer amount,
                          @Nullable LocalDate invoicedOn, @Nullable Integer version) {
}
