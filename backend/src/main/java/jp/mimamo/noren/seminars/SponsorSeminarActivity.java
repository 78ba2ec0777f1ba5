package jp.mimamo.noren.seminars;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.FiscalYear;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * What a sponsor did in the region's seminars in a fiscal year: each seminar it hosted, lectured at or supported, the
 * sessions held and the residents reached. It reads the view {@code sponsor_seminar_activity}, which a feature that
 * may not depend on this one (the renewals' activity report) can read the same way.
 */
@Singleton
public class SponsorSeminarActivity {
    private final RegionDatabase database;

    SponsorSeminarActivity(RegionDatabase database) {
        this.database = database;
    }

    /** One seminar the sponsor took part in: its part (host, lecture, support), sessions held and attendances. */
    @Serdeable
    public record Line(long seminarId, String title, String part, String role, int sessionsHeld, int attendances) {
    }

    /** @throws ProblemException not found when the region has no such sponsor */
    public List<Line> of(CurrentRegion region, long sponsorId, FiscalYear year) {
        String sql = """
                select seminar_id, title, part, role, count(*) filter (where starts_at <= now()),
                       coalesce(sum(attended) filter (where starts_at <= now()), 0)
                from sponsor_seminar_activity
                where region_id = ? and sponsor_id = ? and starts_at >= ? and starts_at < ?
                group by seminar_id, title, part, role order by min(starts_at)""";
        return database.inRegion(region, c -> {
            try (PreparedStatement ps = c.prepareStatement("select 1 from sponsors where region_id = ? and id = ?")) {
                ps.setString(1, region.code());
                ps.setLong(2, sponsorId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw ProblemException.notFound();
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, region.code());
                ps.setLong(2, sponsorId);
                ps.setTimestamp(3, SeminarTime.timestamp(year.firstDay().atStartOfDay()));
                ps.setTimestamp(4, SeminarTime.timestamp(year.next().firstDay().atStartOfDay()));
                List<Line> lines = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        lines.add(new Line(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6)));
                    }
                }
                return lines;
            }
        });
    }
}
