package jp.mimamo.noren.statistics;

import java.util.Map;

/**
 * One region's raw figures of one fiscal year as the rollups hold them, plus what the formulas need beyond the year:
 * registrants still active at the year's end (everyone who joined up to then less everyone who left) and the
 * population aged 65 and over the region entered.
 */
record RawFigures(Map<String, Long> figures, long activeRegistrants, Long agedSixtyFivePlus) {
    long get(String figure) {
        return figures.getOrDefault(figure, 0L);
    }
}
