package jp.mimamo.noren.statistics;

import java.util.List;
import java.util.function.Function;

/**
 * The figures head office compares, in the order they are shown, each computed from a region's raw figures of one
 * fiscal year ({@link RawFigures}, read from the view {@code region_year_figures}). Adding a figure is one constant
 * here, its raw figures as one branch of that view, and its title in the messages (statistics.metric.*).
 */
enum Metric {
    SPONSORS("sponsors", Kind.COUNT, raw -> Value.count(raw.get("sponsorships_renewed") + raw.get("sponsorships_new"))),
    RENEWAL_RATE("renewal-rate", Kind.RATE, raw -> Value.ratio(raw.get("sponsorships_renewed"), raw.get("sponsorships_due"))),
    FEES_PLEDGED("fees-pledged", Kind.MONEY, raw -> Value.money(raw.get("fees_pledged"))),
    FEES_RECEIVED("fees-received", Kind.MONEY, raw -> Value.money(raw.get("fees_received"))),
    REGISTRANTS("registrants", Kind.COUNT, raw -> Value.count(raw.activeRegistrants())),
    REGISTRANTS_PER_THOUSAND("registrants-per-thousand", Kind.PER_THOUSAND,
            raw -> Value.perThousand(raw.activeRegistrants(), raw.agedSixtyFivePlus())),
    UPDATE_COMPLETION("update-completion", Kind.RATE, raw -> Value.ratio(raw.get("updates_done"), raw.get("updates_due"))),
    EMERGENCY_LOOKUPS("emergency-lookups", Kind.COUNT, raw -> Value.count(raw.get("emergency_lookups"))),
    SESSIONS_HELD("sessions-held", Kind.COUNT, raw -> Value.count(raw.get("sessions_held"))),
    RULE_OF_THREE_SHARE("rule-of-three-share", Kind.RATE, raw -> Value.ratio(raw.get("sessions_rule_of_three"), raw.get("sessions_held"))),
    ATTENDANCES("attendances", Kind.COUNT, raw -> Value.count(raw.get("attendances"))),
    PARTICIPANTS("participants", Kind.COUNT, raw -> Value.count(raw.get("participants"))),
    RETURNING_SHARE("returning-share", Kind.RATE, raw -> Value.ratio(raw.get("returning_participants"), raw.get("participants")));

    /** COUNT is a number of people or things; RATE a share from 0 to 1; PER_THOUSAND per 1,000 residents aged 65+. */
    enum Kind { COUNT, RATE, MONEY, PER_THOUSAND }

    final String code;
    final Kind kind;
    private final Function<RawFigures, Value> formula;

    Metric(String code, Kind kind, Function<RawFigures, Value> formula) {
        this.code = code;
        this.kind = kind;
        this.formula = formula;
    }

    Value of(RawFigures raw) {
        return formula.apply(raw);
    }

    static Metric byCode(String code) {
        for (Metric metric : values()) {
            if (metric.code.equals(code)) {
                return metric;
            }
        }
        return null;
    }

    /**
     * A computed figure with the counts it was made from: a figure made from a count of 1 to threshold − 1 is shown
     * as "<threshold" (small-cell suppression). Money is the sponsors' and is never suppressed.
     */
    record Value(Double value, List<Long> counts) {
        static Value count(long n) {
            return new Value((double) n, List.of(n));
        }

        static Value money(long yen) {
            return new Value((double) yen, List.of());
        }

        static Value ratio(long part, long whole) {
            return whole == 0 ? new Value(null, List.of()) : new Value((double) part / whole, List.of(part, whole));
        }

        static Value perThousand(long count, Long population) {
            return population == null || population == 0 ? new Value(null, List.of())
                    : new Value(count * 1000.0 / population, List.of(count));
        }

        boolean suppressed(int threshold) {
            return counts.stream().anyMatch(n -> n > 0 && n < threshold);
        }
    }
}
