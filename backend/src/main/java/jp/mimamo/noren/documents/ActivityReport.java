package jp.mimamo.noren.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A 協賛活動報告書: what one sponsor gave and took part in during a fiscal year, on one A4 page, so the sponsor can
 * judge whether to renew. Without a contact person it is addressed to the organisation (御中).
 *
 * @param date        the date of the report
 * @param regionName  the watch-over network reporting
 * @param fiscalYear  the year reported on, as people say it (令和8年度)
 * @param units       口数 sponsored that year
 * @param fee         yen pledged that year
 * @param benefits    the benefits the sponsor received
 * @param activities  seminars and courses the sponsor hosted or spoke at, oldest first; empty when none are recorded
 */
public record ActivityReport(LocalDate date, String regionName, String sponsorName, String contactName, String fiscalYear,
                             int units, long fee, List<String> benefits, List<Activity> activities) {
    public ActivityReport {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(regionName, "regionName");
        Objects.requireNonNull(sponsorName, "sponsorName");
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        benefits = List.copyOf(benefits);
        activities = List.copyOf(activities);
        if (contactName != null && contactName.isBlank()) {
            contactName = null;
        }
    }

    /**
     * One seminar or course.
     *
     * @param role         what the sponsor did there, as printed (主催, 講師 …)
     * @param participants people who took part
     */
    public record Activity(LocalDate date, String title, String role, int participants) {
        public Activity {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(role, "role");
            if (participants < 0) {
                throw new IllegalArgumentException("participants cannot be negative");
            }
        }
    }
}
