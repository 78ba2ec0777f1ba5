package jp.mimamo.noren.renewals;

import jakarta.inject.Singleton;
import jp.mimamo.noren.documents.ActivityReport;
import jp.mimamo.noren.documents.SponsorDocuments;
import jp.mimamo.noren.shared.FiscalYear;
import jp.mimamo.noren.shared.Messages;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The yearly 協賛活動報告書: for a year a sponsor pledged (継続 or 新規), its units, fee and benefits, and the
 * activities {@link SponsorActivitySource} knows of. One sponsor's, or every pledging sponsor's as one PDF to post
 * with the next year's renewal letters.
 */
@Singleton
class ActivityReports {
    private final RegionDatabase database;
    private final SponsorshipRepository repository;
    private final SponsorActivitySource activities;

    ActivityReports(RegionDatabase database, SponsorshipRepository repository, SponsorActivitySource activities) {
        this.database = database;
        this.repository = repository;
        this.activities = activities;
    }

    byte[] forSponsor(CurrentRegion region, long sponsorId, int year, Locale locale) {
        FiscalYear fiscalYear = Sponsorships.fiscalYear(year, locale);
        List<ActivityReport> reports = database.inRegion(region, c -> {
            SponsorshipRow row = repository.find(c, region.code(), sponsorId, year).orElseThrow(ProblemException::notFound);
            if (!row.status().pledgesAFee()) {
                throw new ProblemException(ProblemType.INVALID_STATE, "problem.renewal.noActivityReport",
                        Messages.get(locale, "sponsorship.status." + row.status().code));
            }
            return reports(c, region, fiscalYear, sponsorId);
        });
        return render(reports);
    }

    /** Every sponsor that pledged for the year and is not archived, in フリガナ order; an empty year is an empty PDF. */
    byte[] forYear(CurrentRegion region, int year, Locale locale) {
        FiscalYear fiscalYear = Sponsorships.fiscalYear(year, locale);
        return render(database.inRegion(region, c -> reports(c, region, fiscalYear, null)));
    }

    private List<ActivityReport> reports(Connection c, CurrentRegion region, FiscalYear year, Long onlySponsor) throws SQLException {
        String sql = """
                select s.id, s.name, first.name, y.units, y.fee, y.benefits::text
                from sponsorships y
                join sponsors s on s.region_id = y.region_id and s.id = y.sponsor_id
                left join lateral (select name from sponsor_contacts k
                                   where k.region_id = s.region_id and k.sponsor_id = s.id order by position limit 1) first on true
                where y.region_id = ? and y.fiscal_year = ? and y.status in ('renewed', 'new')
                  and (s.id = ? or (cast(? as bigint) is null and s.archived_at is null))
                order by s.name_kana, s.id""";
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        String label = year.label(Locale.JAPANESE);
        List<ActivityReport> reports = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region.code());
            ps.setInt(2, year.startYear());
            ps.setObject(3, onlySponsor, java.sql.Types.BIGINT);
            ps.setObject(4, onlySponsor, java.sql.Types.BIGINT);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long sponsorId = rs.getLong(1);
                    List<ActivityReport.Activity> done = activities.activities(c, region.code(), sponsorId, year).stream()
                            .map(a -> new ActivityReport.Activity(a.date(), a.title(), a.role().printed, a.participants()))
                            .toList();
                    reports.add(new ActivityReport(today, region.region().name(), rs.getString(2), rs.getString(3), label,
                            rs.getInt(4), rs.getInt(5), repository.read(rs.getString(6)), done));
                }
            }
        }
        return reports;
    }

    private static byte[] render(List<ActivityReport> reports) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            SponsorDocuments.activityReports(out, reports);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
