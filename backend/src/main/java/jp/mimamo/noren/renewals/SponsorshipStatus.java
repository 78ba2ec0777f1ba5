package jp.mimamo.noren.renewals;

import java.util.Arrays;
import java.util.Optional;

/** The state of one sponsor's year: 未回答 → 継続 / 辞退, or 新規 for a sponsor who joined that year. */
enum SponsorshipStatus {
    PENDING("pending"), RENEWED("renewed"), DECLINED("declined"), NEW("new");

    final String code;

    SponsorshipStatus(String code) {
        this.code = code;
    }

    static Optional<SponsorshipStatus> of(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    boolean pledgesAFee() {
        return this == RENEWED || this == NEW;
    }
}
