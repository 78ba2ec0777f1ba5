package jp.mimamo.noren.seminars;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** How the registrants concerned were told: by email, or left for staff to telephone (no address, or the mail failed). */
@Serdeable
public record NoticeReport(int emailed, int failed, List<ToCall> toCall) {
    static final NoticeReport NONE = new NoticeReport(0, 0, List.of());

    @Serdeable
    public record ToCall(String name, String phone) {
    }
}
