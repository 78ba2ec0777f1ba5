package jp.mimamo.noren.renewals;

import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.FiscalYear;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.Page;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Opening a year's renewal campaign in one step, and following it: the dashboard and who still has to answer. */
@Singleton
public class RenewalCampaign {
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private final RegionDatabase database;
    private final SponsorshipRepository repository;

    RenewalCampaign(RegionDatabase database, SponsorshipRepository repository) {
        this.database = database;
        this.repository = repository;
    }

    /** Only this fiscal year or the next can be opened; running it again creates nothing new. */
    public OpenedCampaign open(CurrentRegion region, int year, Locale locale) {
        FiscalYear fiscalYear = Sponsorships.fiscalYear(year, locale);
        FiscalYear today = FiscalYear.of(LocalDate.now(JAPAN));
        if (!fiscalYear.equals(today) && !fiscalYear.equals(today.next())) {
            FormErrors errors = new FormErrors(locale);
            errors.reject("fiscalYear", "validation.renewal.openableYears", today.label(locale), today.next().label(locale));
            errors.throwIfAny();
        }
        return database.inRegion(region, c -> {
            int unitFee = RenewalSettingsStore.read(c, region.code()).unitFee();
            int created = repository.open(c, region.code(), year, unitFee, region.caller().username());
            long total = count(c, region.code(), year);
            return new OpenedCampaign(year, fiscalYear.label(locale), created, total - created);
        });
    }

    CampaignSummary summary(CurrentRegion region, int year, Locale locale) {
        FiscalYear fiscalYear = Sponsorships.fiscalYear(year, locale);
        String sql = """
                select s.category_code, count(*),
                       count(*) filter (where y.status = 'pending'), count(*) filter (where y.status = 'renewed'),
                       count(*) filter (where y.status = 'declined'), count(*) filter (where y.status = 'new'),
                       coalesce(sum(y.fee) filter (where y.status in ('renewed', 'new')), 0), coalesce(sum(y.paid_amount), 0)
                from sponsorships y join sponsors s on s.region_id = y.region_id and s.id = y.sponsor_id
                where y.region_id = ? and y.fiscal_year = ?
                group by s.category_code order by s.category_code""";
        List<CampaignSummary.CategoryTally> categories = database.inRegion(region, c -> {
            List<CampaignSummary.CategoryTally> tallies = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, region.code());
                ps.setInt(2, year);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long pending = rs.getLong(3);
                        tallies.add(new CampaignSummary.CategoryTally(rs.getString(1), new CampaignSummary.Tally(
                                rs.getLong(2), rs.getLong(2) - pending, pending, rs.getLong(4), rs.getLong(5), rs.getLong(6),
                                rs.getLong(7), rs.getLong(8))));
                    }
                }
            }
            return tallies;
        });
        return new CampaignSummary(year, fiscalYear.label(locale), CampaignSummary.Tally.sum(categories), categories);
    }

    Page<OutstandingSponsor> outstanding(CurrentRegion region, int year, int page, int size, Locale locale) {
        Sponsorships.fiscalYear(year, locale);
        FormErrors errors = new FormErrors(locale);
        if (page < 0) {
            errors.reject("page", "validation.range", 0, 100000);
        }
        if (size < 1 || size > 500) {
            errors.reject("size", "validation.range", 1, 500);
        }
        errors.throwIfAny();
        String sql = """
                select s.id, s.name, s.name_kana, s.category_code, s.phone, s.email, y.units, y.fee, y.version, count(*) over ()
                from sponsorships y join sponsors s on s.region_id = y.region_id and s.id = y.sponsor_id
                where y.region_id = ? and y.fiscal_year = ? and y.status = 'pending'
                order by s.name_kana, s.id limit ? offset ?""";
        return database.inRegion(region, c -> {
            List<OutstandingSponsor> items = new ArrayList<>();
            long total = 0;
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, region.code());
                ps.setInt(2, year);
                ps.setInt(3, size);
                ps.setLong(4, (long) page * size);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(new OutstandingSponsor(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getInt(9)));
                        total = rs.getLong(10);
                    }
                }
            }
            return new Page<>(items, total, page, size);
        });
    }

    private static long count(Connection c, String region, int year) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select count(*) from sponsorships where region_id = ? and fiscal_year = ?")) {
            ps.setString(1, region);
            ps.setInt(2, year);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
