package jp.mimamo.noren.renewals;

import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The sponsors still 未回答 for a year, with what a request to them says and where it goes. */
@Singleton
class PendingSponsors {
    private final SponsorshipRepository repository;

    PendingSponsors(SponsorshipRepository repository) {
        this.repository = repository;
    }

    /** One sponsor to ask; {@code email} is the sponsor's, else its first contact's, else null (by post). */
    record Pending(long sponsorId, String name, String contact, String email, int units, int fee, List<String> benefits) {
    }

    List<Pending> of(Connection c, String region, int year) throws SQLException {
        String sql = """
                select s.id, s.name, first.name, coalesce(s.email, first.email), y.units, y.fee, y.benefits::text
                from sponsorships y
                join sponsors s on s.region_id = y.region_id and s.id = y.sponsor_id
                left join lateral (select name, email from sponsor_contacts k
                                   where k.region_id = s.region_id and k.sponsor_id = s.id order by position limit 1) first on true
                where y.region_id = ? and y.fiscal_year = ? and y.status = 'pending' and s.archived_at is null
                order by s.name_kana, s.id""";
        List<Pending> pending = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setInt(2, year);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    pending.add(new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                            rs.getInt(6), repository.read(rs.getString(7))));
                }
            }
        }
        return pending;
    }
}
