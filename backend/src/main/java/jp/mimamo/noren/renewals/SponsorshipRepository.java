package jp.mimamo.noren.renewals;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL for sponsorship years. Every statement names the region; the connection is bound to it for RLS. */
@Singleton
class SponsorshipRepository {
    private static final Argument<List<String>> STRINGS = Argument.listOf(String.class);
    private static final String COLUMNS = "sponsor_id, fiscal_year, status, units, unit_fee, fee, benefits::text, answered_at,"
            + " invoiced_on, paid_on, payment_method, paid_amount, notes, version";
    private final JsonMapper json;

    SponsorshipRepository(JsonMapper json) {
        this.json = json;
    }

    /** The sponsor's joining date, or empty when there is no such sponsor in the region. */
    Optional<Optional<LocalDate>> sponsorJoinedOn(Connection c, String region, long sponsorId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select joined_on from sponsors where region_id = ? and id = ?")) {
            ps.setString(1, region);
            ps.setLong(2, sponsorId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(Optional.ofNullable(date(rs, 1))) : Optional.empty();
            }
        }
    }

    List<SponsorshipRow> list(Connection c, String region, long sponsorId) throws SQLException {
        String sql = "select " + COLUMNS + " from sponsorships where region_id = ? and sponsor_id = ? order by fiscal_year desc";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setLong(2, sponsorId);
            List<SponsorshipRow> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
            return rows;
        }
    }

    Optional<SponsorshipRow> find(Connection c, String region, long sponsorId, int year) throws SQLException {
        String sql = "select " + COLUMNS + " from sponsorships where region_id = ? and sponsor_id = ? and fiscal_year = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setLong(2, sponsorId);
            ps.setInt(3, year);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    void insert(Connection c, String region, SponsorshipRow row) throws SQLException {
        String sql = "insert into sponsorships (region_id, sponsor_id, fiscal_year, status, units, unit_fee, fee, benefits, notes, answered_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, case when ? <> 'pending' then now() end)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setLong(2, row.sponsorId());
            ps.setInt(3, row.fiscalYear());
            ps.setString(4, row.status().code);
            ps.setInt(5, row.units());
            ps.setInt(6, row.unitFee());
            ps.setInt(7, row.fee());
            ps.setString(8, write(row.benefits()));
            ps.setString(9, row.notes());
            ps.setString(10, row.status().code);
            ps.executeUpdate();
        }
    }

    /** @return false when the version read is no longer current */
    boolean update(Connection c, String region, SponsorshipRow row) throws SQLException {
        String sql = "update sponsorships set status = ?, units = ?, fee = ?, benefits = ?::jsonb, notes = ?,"
                + " answered_at = case when ? = 'pending' then null when status <> ? then now() else answered_at end,"
                + " version = version + 1, updated_at = now()"
                + " where region_id = ? and sponsor_id = ? and fiscal_year = ? and version = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, row.status().code);
            ps.setInt(2, row.units());
            ps.setInt(3, row.fee());
            ps.setString(4, write(row.benefits()));
            ps.setString(5, row.notes());
            ps.setString(6, row.status().code);
            ps.setString(7, row.status().code);
            ps.setString(8, region);
            ps.setLong(9, row.sponsorId());
            ps.setInt(10, row.fiscalYear());
            ps.setInt(11, row.version());
            return ps.executeUpdate() == 1;
        }
    }

    boolean recordMoney(Connection c, String region, SponsorshipRow row) throws SQLException {
        String sql = "update sponsorships set invoiced_on = ?, paid_on = ?, payment_method = ?, paid_amount = ?,"
                + " version = version + 1, updated_at = now()"
                + " where region_id = ? and sponsor_id = ? and fiscal_year = ? and version = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            setDate(ps, 1, row.invoicedOn());
            setDate(ps, 2, row.paidOn());
            ps.setString(3, row.paymentMethod());
            if (row.paidAmount() == null) {
                ps.setNull(4, Types.INTEGER);
            } else {
                ps.setInt(4, row.paidAmount());
            }
            ps.setString(5, region);
            ps.setLong(6, row.sponsorId());
            ps.setInt(7, row.fiscalYear());
            ps.setInt(8, row.version());
            return ps.executeUpdate() == 1;
        }
    }

    /**
     * Gives every active sponsor without a row for {@code year} a 未回答 row carrying last year's units and
     * benefits, in one statement, and records each in the history. Existing rows are left alone.
     */
    int open(Connection c, String region, int year, int unitFee, String actor) throws SQLException {
        String sql = """
                with opened as (
                    insert into sponsorships (region_id, sponsor_id, fiscal_year, status, units, unit_fee, fee, benefits)
                    select s.region_id, s.id, ?, 'pending', coalesce(p.units, 1), ?, coalesce(p.units, 1) * ?,
                           coalesce(p.benefits, '[]'::jsonb)
                    from sponsors s
                    left join sponsorships p on p.region_id = s.region_id and p.sponsor_id = s.id and p.fiscal_year = ?
                    where s.region_id = ? and s.archived_at is null
                    on conflict (region_id, sponsor_id, fiscal_year) do nothing
                    returning region_id, sponsor_id, fiscal_year)
                insert into sponsorship_history (region_id, sponsor_id, fiscal_year, actor, action)
                select region_id, sponsor_id, fiscal_year, ?, 'opened' from opened""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, year);
            ps.setInt(2, unitFee);
            ps.setInt(3, unitFee);
            ps.setInt(4, year - 1);
            ps.setString(5, region);
            ps.setString(6, actor);
            return ps.executeUpdate();
        }
    }

    private SponsorshipRow row(ResultSet rs) throws SQLException {
        Timestamp answered = rs.getTimestamp(8);
        int paid = rs.getInt(12);
        Integer paidAmount = rs.wasNull() ? null : paid;
        return new SponsorshipRow(rs.getLong(1), rs.getInt(2), SponsorshipStatus.of(rs.getString(3)).orElseThrow(),
                rs.getInt(4), rs.getInt(5), rs.getInt(6), read(rs.getString(7)), answered == null ? null : answered.toInstant(),
                date(rs, 9), date(rs, 10), rs.getString(11), paidAmount, rs.getString(13), rs.getInt(14));
    }

    static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        ps.setDate(index, date == null ? null : Date.valueOf(date));
    }

    private String write(List<String> benefits) {
        try {
            return json.writeValueAsString(STRINGS, benefits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> read(String text) {
        try {
            return json.readValue(text, STRINGS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
