package jp.mimamo.noren.updates;

import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;
import jp.mimamo.noren.updates.ProgressView.MonthProgress;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The progress of one year's birth-month updates by centre and month. Counts only, no personal data, so the region
 * admin and every centre's staff see all centres. A registrant counts under the centre they belong to now.
 */
@Singleton
class UpdateProgress {
    private final RegionDatabase database;

    UpdateProgress(RegionDatabase database) {
        this.database = database;
    }

    ProgressView of(CurrentRegion region, Integer year, Locale locale) {
        YearMonth now = UpdateMonth.current();
        int wanted = year == null ? now.getYear() : year;
        if (wanted < UpdateMonth.FIRST_YEAR || wanted > UpdateMonth.LAST_YEAR) {
            FormErrors errors = new FormErrors(locale);
            errors.reject("year", "validation.range", UpdateMonth.FIRST_YEAR, UpdateMonth.LAST_YEAR);
            errors.throwIfAny();
        }
        return database.inRegion(region, c -> {
            UpdateCycles.openForRegion(c, region.code(), now);
            Map<Long, String> names = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("select id, name from centres where region_id = ? order by name_kana nulls last, name")) {
                ps.setString(1, region.code());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        names.put(rs.getLong(1), rs.getString(2));
                    }
                }
            }
            Map<Long, MonthProgress[]> byCentre = new LinkedHashMap<>();
            names.keySet().forEach(id -> byCentre.put(id, empty()));
            try (PreparedStatement ps = c.prepareStatement("""
                    select r.centre_id, b.month, count(*) filter (where b.state <> 'cancelled'),
                           count(*) filter (where b.state = 'done'),
                           count(*) filter (where b.state = 'open' and b.year * 12 + b.month - 1 < ?)
                    from birth_month_cycles b join registrants r on r.region_id = b.region_id and r.id = b.registrant_id
                    where b.region_id = ? and b.year = ? group by 1, 2""")) {
                ps.setInt(1, UpdateMonth.index(now));
                ps.setString(2, region.code());
                ps.setInt(3, wanted);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int month = rs.getInt(2);
                        byCentre.computeIfAbsent(rs.getLong(1), id -> empty())[month - 1] =
                                MonthProgress.of(month, rs.getInt(3), rs.getInt(4), rs.getInt(5));
                    }
                }
            }
            List<ProgressView.CentreProgress> centres = new ArrayList<>();
            MonthProgress[] totals = empty();
            byCentre.forEach((id, months) -> {
                MonthProgress total = MonthProgress.of(0, 0, 0, 0);
                for (int m = 0; m < 12; m++) {
                    total = total.plus(months[m]);
                    totals[m] = totals[m].plus(months[m]);
                }
                centres.add(new ProgressView.CentreProgress(id, names.getOrDefault(id, ""), List.of(months), total));
            });
            return new ProgressView(wanted, now.getYear() == wanted ? now.getMonthValue() : 0, centres, List.of(totals));
        });
    }

    private static MonthProgress[] empty() {
        MonthProgress[] months = new MonthProgress[12];
        for (int m = 0; m < 12; m++) {
            months[m] = MonthProgress.of(m + 1, 0, 0, 0);
        }
        return months;
    }
}
