package jp.mimamo.noren.demo;

import jp.mimamo.noren.updates.PastUpdates;
import jp.mimamo.noren.updates.PastUpdates.PastContact;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * A birth-month update history for the first centre of a demo region, matching the birth months DemoRegistry gives
 * (see {@link DemoRegistry#BIRTH_MONTH_OFFSETS}): one carried over after a call that did not reach the person, one
 * carried over untouched, two done in earlier months (one with a concern to follow up), and last year's update of
 * someone due this month.
 */
final class DemoUpdates {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private DemoUpdates() {
    }

    static void seed(String region, String staff, List<Long> firstCentre, PastUpdates past) {
        YearMonth now = YearMonth.now(TOKYO);
        past.record(region, firstCentre.get(5), now.minusMonths(1), new PastContact(day(now.minusMonths(1), 12), "phone", "unreachable",
                List.of(), "留守番電話。折り返しなし", false, staff));
        past.record(region, firstCentre.get(6), now.minusMonths(2), null);
        past.record(region, firstCentre.get(7), now.minusMonths(3), new PastContact(day(now.minusMonths(3), 8), "visit", "no-change",
                List.of(), null, false, staff));
        past.record(region, firstCentre.get(8), now.minusMonths(4), new PastContact(day(now.minusMonths(4), 20), "centre", "updated",
                List.of("phone", "connections"), "長女が遠方へ転居。近所の見守りを増やしたいとのこと", true, staff));
        past.record(region, firstCentre.get(0), now.minusYears(1), new PastContact(day(now.minusYears(1), 15), "letter", "no-change",
                List.of(), null, false, staff));
    }

    private static LocalDate day(YearMonth month, int day) {
        return month.atDay(Math.min(day, month.lengthOfMonth()));
    }
}
