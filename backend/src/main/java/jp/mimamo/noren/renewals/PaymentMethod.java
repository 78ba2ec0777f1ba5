package jp.mimamo.noren.renewals;

import java.util.Optional;
import java.util.Set;

/** 振込 (transfer), 現金 (cash), 口座振替 (debit). */
final class PaymentMethod {
    private static final Set<String> CODES = Set.of("transfer", "cash", "debit");

    private PaymentMethod() {
    }

    static Optional<String> of(String code) {
        return CODES.contains(code) ? Optional.of(code) : Optional.empty();
    }
}
