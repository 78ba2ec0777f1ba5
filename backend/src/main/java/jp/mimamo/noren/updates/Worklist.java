package jp.mimamo.noren.updates;

import io.micronaut.serde.annotation.Serdeable;

import java.time.YearMonth;
import java.util.List;

/** A centre's birth-month worklist for one month: due this month first, then those carried over, oldest first. */
@Serdeable
public record Worklist(int year, int month, long centreId, String centreName, int dueThisMonth, int carriedOver,
                       List<WorklistItem> items) {

    static Worklist of(YearMonth month, long centreId, String centreName, List<WorklistItem> items) {
        int own = (int) items.stream().filter(i -> i.monthsOverdue() == 0).count();
        return new Worklist(month.getYear(), month.getMonthValue(), centreId, centreName, own, items.size() - own, items);
    }
}
