package jp.mimamo.noren.seminars;

import jakarta.inject.Singleton;
import jp.mimamo.noren.renewals.SponsorActivity;
import jp.mimamo.noren.renewals.SponsorActivitySource;
import jp.mimamo.noren.shared.FiscalYear;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The seminars a sponsor helped run, for its yearly activity report (協賛活動報告書): one line per seminar held in the
 * fiscal year, dated by its first session held, with the attendances of its sessions held so far. Sessions still to
 * come are left out: the report says what the sponsorship achieved.
 */
@Singleton
class SeminarActivityForReports implements SponsorActivitySource {
    private static final String SQL = """
            select min(starts_at), title, part, coalesce(sum(attended), 0)
            from sponsor_seminar_activity
            where region_id = ? and sponsor_id = ? and starts_at >= ? and starts_at < ? and starts_at <= now()
            group by seminar_id, title, part
            order by min(starts_at), seminar_id, part""";

    @Override
    public List<SponsorActivity> activities(Connection connection, String region, long sponsorId, FiscalYear year)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(SQL)) {
            ps.setString(1, region);
            ps.setLong(2, sponsorId);
            ps.setTimestamp(3, SeminarTime.timestamp(year.firstDay().atStartOfDay()));
            ps.setTimestamp(4, SeminarTime.timestamp(year.next().firstDay().atStartOfDay()));
            List<SponsorActivity> activities = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    activities.add(new SponsorActivity(SeminarTime.local(rs.getTimestamp(1)).toLocalDate(), rs.getString(2),
                            role(rs.getString(3)), rs.getInt(4)));
                }
            }
            return activities;
        }
    }

    private static SponsorActivity.Role role(String part) {
        return switch (part) {
            case "host" -> SponsorActivity.Role.HOST;
            case "lecture" -> SponsorActivity.Role.SPEAKER;
            default -> SponsorActivity.Role.SUPPORT;
        };
    }
}
