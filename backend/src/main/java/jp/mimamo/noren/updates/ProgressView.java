package jp.mimamo.noren.updates;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * How far the birth-month updates of one year have got, by centre and birth month (更新の進み具合).
 *
 * @param currentMonth the month it is now in that year (0 when the year is over or not begun): cycles of earlier
 *                     months still open are overdue
 */
@Serdeable
public record ProgressView(int year, int currentMonth, List<CentreProgress> centres, List<MonthProgress> totals) {

    @Serdeable
    public record CentreProgress(long centreId, String centreName, List<MonthProgress> months, MonthProgress total) {
    }

    /** due: open or done; done: updated or confirmed unchanged; overdue: still open after its month. month 0 = the year. */
    @Serdeable
    public record MonthProgress(int month, int due, int done, int overdue, Integer percent) {
        static MonthProgress of(int month, int due, int done, int overdue) {
            return new MonthProgress(month, due, done, overdue, due == 0 ? null : Math.round(done * 100f / due));
        }

        MonthProgress plus(MonthProgress other) {
            return of(month, due + other.due, done + other.done, overdue + other.overdue);
        }
    }
}
