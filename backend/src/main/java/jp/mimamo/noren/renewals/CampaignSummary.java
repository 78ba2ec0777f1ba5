package jp.mimamo.noren.renewals;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Where a renewal campaign stands: answers and fees, for the region and per sponsor category. */
@Serdeable
public record CampaignSummary(int fiscalYear, String fiscalYearLabel, Tally total, List<CategoryTally> byCategory) {

    /** Counts of sponsors by answer, and fees pledged (継続 + 新規) and received, in yen. */
    @Serdeable
    public record Tally(long sponsors, long answered, long pending, long renewed, long declined, long newcomers,
                        long feesExpected, long feesReceived) {
        static Tally sum(List<CategoryTally> categories) {
            return new Tally(categories.stream().mapToLong(c -> c.tally().sponsors()).sum(),
                    categories.stream().mapToLong(c -> c.tally().answered()).sum(),
                    categories.stream().mapToLong(c -> c.tally().pending()).sum(),
                    categories.stream().mapToLong(c -> c.tally().renewed()).sum(),
                    categories.stream().mapToLong(c -> c.tally().declined()).sum(),
                    categories.stream().mapToLong(c -> c.tally().newcomers()).sum(),
                    categories.stream().mapToLong(c -> c.tally().feesExpected()).sum(),
                    categories.stream().mapToLong(c -> c.tally().feesReceived()).sum());
        }
    }

    @Serdeable
    public record CategoryTally(String categoryCode, Tally tally) {
    }
}
