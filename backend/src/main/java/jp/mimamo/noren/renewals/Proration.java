package jp.mimamo.noren.renewals;

import java.util.Arrays;
import java.util.Optional;

/** How a sponsor joining mid-year is charged: the full fee, or by the months left in the fiscal year. */
enum Proration {
    NONE("none"), MONTHLY("monthly");

    final String code;

    Proration(String code) {
        this.code = code;
    }

    static Optional<Proration> of(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }
}
