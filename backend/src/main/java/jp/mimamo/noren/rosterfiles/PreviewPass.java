package jp.mimamo.noren.rosterfiles;

import jp.mimamo.noren.shared.FiscalYear;
import jp.mimamo.noren.shared.Messages;
import jp.mimamo.noren.tables.TableRow;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One pass over a file's rows: checks each, tells rows of the same sponsor apart from conflicting duplicates, counts
 * what would be created, updated or left alone, and stages the rows while none has been rejected (a file with a
 * rejected row cannot be applied, so staging stops and is thrown away). Per sponsor it keeps only a few numbers:
 * its position, first row, one hash per field and the rows of its years.
 */
final class PreviewPass {
    static final int SAMPLE = 20;

    private static final class Seen {
        final int position;
        final int firstRow;
        final int[] hashes;
        final String action;
        int yearlessRow;
        final Map<Integer, Integer> yearRows = new HashMap<>(4);

        Seen(int position, int firstRow, int[] hashes, String action) {
            this.position = position;
            this.firstRow = firstRow;
            this.hashes = hashes;
            this.action = action;
        }
    }

    private final RosterRowCheck check;
    private final RosterStaging staging;
    private final ColumnMapping mapping;
    private final Locale locale;
    private final Map<String, Seen> seen = new HashMap<>();
    private final List<RosterPayload.Rejected> rejected = new ArrayList<>();
    private final List<RosterPayload.SampleRow> sample = new ArrayList<>();
    private final int[] sponsors = new int[3];
    private final int[] years = new int[3];
    private int rows;
    private int rejectedCount;

    PreviewPass(RosterRowCheck check, RosterStaging staging, ColumnMapping mapping, Locale locale) {
        this.check = check;
        this.staging = staging;
        this.mapping = mapping;
        this.locale = locale;
    }

    void add(TableRow row) throws SQLException {
        rows++;
        RosterRowCheck.Checked checked = check.check(row);
        List<String> messages = new ArrayList<>(checked.messages());
        Seen sponsor = seen.get(checked.searchKey());
        if (messages.isEmpty() && sponsor != null) {
            conflicts(sponsor, checked, messages);
        }
        if (!messages.isEmpty()) {
            reject(row.number(), messages);
            return;
        }
        List<String> changed = List.of();
        if (sponsor == null) {
            String action = checked.match() == null ? "create"
                    : checked.sponsor().changedFrom(checked.match().values()).isEmpty() ? "unchanged" : "update";
            changed = checked.match() == null ? List.of() : checked.sponsor().changedFrom(checked.match().values());
            sponsor = new Seen(seen.size(), row.number(), checked.sponsor().fieldHashes(), action);
            seen.put(checked.searchKey(), sponsor);
            sponsors[index(action)]++;
            if (rejectedCount == 0) {
                staging.sponsor(sponsor.position, row.number(), checked.searchKey(), action, checked.match(), checked.sponsor());
            }
        }
        YearValues year = checked.year();
        String yearAction = null;
        List<String> yearChanged = List.of();
        if (year == null) {
            sponsor.yearlessRow = row.number();
        } else {
            sponsor.yearRows.put(year.fiscalYear(), row.number());
            yearChanged = checked.storedYear() == null ? List.of() : year.changedFrom(checked.storedYear().values());
            yearAction = checked.storedYear() == null ? "create" : yearChanged.isEmpty() ? "unchanged" : "update";
            years[index(yearAction)]++;
            if (rejectedCount == 0) {
                staging.year(row.number(), sponsor.position, yearAction, checked.storedYear(), year);
            }
        }
        if (sample.size() < SAMPLE) {
            SponsorValues v = checked.sponsor();
            sample.add(new RosterPayload.SampleRow(row.number(), sponsor.firstRow == row.number() ? sponsor.action : "same",
                    v.name(), v.nameKana(), v.categoryCode(), changed, year == null ? null : year.fiscalYear(), yearAction, yearChanged));
        }
    }

    RosterPayload finish(String format, String encoding) throws SQLException {
        if (rejectedCount > 0) {
            staging.discard();
        } else {
            staging.finish();
        }
        return new RosterPayload(format, encoding, rows, counts(sponsors), counts(years), rejectedCount, List.copyOf(rejected),
                List.copyOf(sample), mapping.columns());
    }

    /** A later row of a sponsor already seen: same sponsor fields, and a year not given before. */
    private void conflicts(Seen sponsor, RosterRowCheck.Checked checked, List<String> messages) {
        int[] hashes = checked.sponsor().fieldHashes();
        if (!Arrays.equals(hashes, sponsor.hashes)) {
            List<String> differing = new ArrayList<>();
            List<String> ids = new ArrayList<>(checked.sponsor().asMap().keySet());
            for (int i = 0; i < hashes.length; i++) {
                if (hashes[i] != sponsor.hashes[i]) {
                    differing.add(RosterField.byId(ids.get(i)).map(mapping::header).orElse(ids.get(i)));
                }
            }
            messages.add(Messages.get(locale, "validation.roster.conflictingRow", sponsor.firstRow, String.join("、", differing)));
        }
        YearValues year = checked.year();
        Integer earlier = year == null ? (sponsor.yearlessRow > 0 ? Integer.valueOf(sponsor.yearlessRow) : null)
                : sponsor.yearRows.get(year.fiscalYear());
        if (earlier != null) {
            messages.add(year == null ? Messages.get(locale, "validation.roster.duplicateRow", earlier)
                    : Messages.get(locale, "validation.roster.duplicateYear", earlier, new FiscalYear(year.fiscalYear()).label(locale)));
        }
    }

    private void reject(int row, List<String> messages) {
        rejectedCount++;
        if (rejected.size() < RosterPreviews.MAX_REJECTED_SHOWN) {
            rejected.add(new RosterPayload.Rejected(row, List.copyOf(messages)));
        }
    }

    private static int index(String action) {
        return switch (action) {
            case "create" -> 0;
            case "update" -> 1;
            default -> 2;
        };
    }

    private static RosterPayload.Counts counts(int[] counts) {
        return new RosterPayload.Counts(counts[0], counts[1], counts[2]);
    }
}
