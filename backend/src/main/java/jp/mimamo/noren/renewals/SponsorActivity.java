package jp.mimamo.noren.renewals;

import java.time.LocalDate;
import java.util.Objects;

/** One seminar or course a sponsor hosted or spoke at, and how many people took part. */
public record SponsorActivity(LocalDate date, String title, Role role, int participants) {

    public SponsorActivity {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(role, "role");
        if (participants < 0) {
            throw new IllegalArgumentException("participants cannot be negative");
        }
    }

    /** 主催 (the sponsor held it), 講師 (a person of the sponsor spoke) or 協力 (it helped run it). */
    public enum Role {
        HOST("主催"), SPEAKER("講師"), SUPPORT("協力");

        final String printed;

        Role(String printed) {
            this.printed = printed;
        }
    }
}
