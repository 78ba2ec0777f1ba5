package jp.mimamo.noren.rosterfiles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One sponsorship year (年度) as stored, or as an import will write it. */
record YearValues(int fiscalYear, String status, int units, int unitFee, int fee, LocalDate invoicedOn, LocalDate paidOn,
                  String paymentMethod, Integer paidAmount, String notes) {

    /** The field ids (as the sponsorship history names them) whose values differ from {@code before}. */
    List<String> changedFrom(YearValues before) {
        List<String> changed = new ArrayList<>();
        Map<String, Object> mine = asMap();
        before.asMap().forEach((field, value) -> {
            if (!Objects.equals(value, mine.get(field))) {
                changed.add(field);
            }
        });
        return changed;
    }

    /** Field id → value as the sponsorship history writes it (numbers and dates as text). */
    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("status", status);
        map.put("units", String.valueOf(units));
        map.put("unitFee", String.valueOf(unitFee));
        map.put("fee", String.valueOf(fee));
        map.put("notes", notes);
        map.put("invoicedOn", text(invoicedOn));
        map.put("paidOn", text(paidOn));
        map.put("paymentMethod", paymentMethod);
        map.put("paidAmount", paidAmount == null ? null : String.valueOf(paidAmount));
        return map;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
