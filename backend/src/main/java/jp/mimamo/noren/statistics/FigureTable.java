package jp.mimamo.noren.statistics;

import jp.mimamo.noren.tenancy.Region;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every region's computed figures for a range of fiscal years, before suppression: never sent as it is. */
record FigureTable(List<Region> regions, List<Integer> years, Map<String, Map<Integer, Map<Metric, Metric.Value>>> values,
                   Set<Integer> published) {

    Metric.Value value(String region, int year, Metric metric) {
        return values.getOrDefault(region, Map.of()).getOrDefault(year, Map.of()).get(metric);
    }

    /**
     * The middle value across the regions that have the figure, or null when fewer than three have it: with two, the
     * median (their mean) and one's own value would give away the other's.
     */
    Double median(int year, Metric metric) {
        List<Double> known = new ArrayList<>();
        for (Region region : regions) {
            Metric.Value value = value(region.code(), year, metric);
            if (value != null && value.value() != null) {
                known.add(value.value());
            }
        }
        if (known.size() < 3) {
            return null;
        }
        known.sort(Double::compare);
        int middle = known.size() / 2;
        return known.size() % 2 == 1 ? known.get(middle) : (known.get(middle - 1) + known.get(middle)) / 2;
    }
}
