package jp.mimamo.noren.sponsors;

import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.ChangeLog;
import jp.mimamo.noren.shared.HistoryEntry;
import jp.mimamo.noren.shared.HistoryEntry.FieldChange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Records what changed in a sponsor, field by field, in the same transaction as the change itself. */
@Singleton
class SponsorHistory {
    private final ChangeLog log;

    SponsorHistory(ChangeLog log) {
        this.log = log;
    }

    static List<FieldChange> diff(SponsorView before, ValidSponsor after) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "name", before == null ? null : before.name(), after.name());
        compare(changes, "nameKana", before == null ? null : before.nameKana(), after.nameKana());
        compare(changes, "categoryCode", before == null ? null : before.categoryCode(), after.categoryCode());
        compare(changes, "postalCode", before == null ? null : before.postalCode(), after.postalCode());
        compare(changes, "address", before == null ? null : before.address(), after.address());
        compare(changes, "phone", before == null ? null : before.phone(), after.phone());
        compare(changes, "email", before == null ? null : before.email(), after.email());
        compare(changes, "joinedOn", before == null || before.joinedOn() == null ? null : before.joinedOn().toString(),
                after.joinedOn() == null ? null : after.joinedOn().toString());
        compare(changes, "notes", before == null ? null : before.notes(), after.notes());
        compare(changes, "contacts", before == null ? null : describe(before.contacts()), describe(after.contacts()));
        return changes;
    }

    void record(Connection c, String region, long sponsorId, String actor, String action, List<FieldChange> changes) throws SQLException {
        String sql = "insert into sponsor_history (region_id, sponsor_id, actor, action, changes) values (?, ?, ?, ?, ?::jsonb)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setLong(2, sponsorId);
            ps.setString(3, actor);
            ps.setString(4, action);
            ps.setString(5, log.write(changes));
            ps.executeUpdate();
        }
    }

    List<HistoryEntry> list(Connection c, String region, long sponsorId) throws SQLException {
        String sql = "select at, actor, action, changes::text from sponsor_history"
                + " where region_id = ? and sponsor_id = ? order by id desc";
        List<HistoryEntry> entries = new ArrayList<>();
        try (PreparedStatement ps = SponsorRepository.prepare(c, sql, List.of(region, sponsorId)); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                entries.add(new HistoryEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), null, log.read(rs.getString(4))));
            }
        }
        return entries;
    }

    private static void compare(List<FieldChange> changes, String field, String from, String to) {
        ChangeLog.compare(changes, field, from, to);
    }

    private static String describe(List<SponsorContact> contacts) {
        return contacts.stream()
                .map(c -> c.name() + (c.title() == null ? "" : "（" + c.title() + "）")
                        + (c.phone() == null ? "" : " " + c.phone()) + (c.email() == null ? "" : " " + c.email()))
                .collect(Collectors.joining(" / "));
    }
}
