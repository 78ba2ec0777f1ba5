package jp.mimamo.noren.rosterfiles;

import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.FiscalYear;
import jp.mimamo.noren.tables.CsvEncoding;
import jp.mimamo.noren.tables.TableFormat;
import jp.mimamo.noren.tables.TableWriter;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The region's whole roster (archived sponsors included) as one file, with this fiscal year's answer per sponsor. */
@Singleton
class RosterExport {
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private final RegionDatabase database;

    RosterExport(RegionDatabase database) {
        this.database = database;
    }

    byte[] export(CurrentRegion region, TableFormat format, CsvEncoding encoding) {
        FiscalYear year = FiscalYear.of(LocalDate.now(TOKYO));
        List<List<String>> rows = database.inRegion(region, c -> rows(c, region.code(), year));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = format == TableFormat.XLSX
                ? TableWriter.xlsx(out, "協賛者名簿", RosterColumns.EXPORT)
                : TableWriter.csv(out, encoding, RosterColumns.EXPORT)) {
            for (List<String> row : rows) {
                writer.row(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<List<String>> rows(Connection c, String region, FiscalYear year) throws SQLException {
        String sql = """
                select s.name, s.name_kana, coalesce(cat.name_ja, s.category_code), s.postal_code, s.address, s.phone,
                       s.email, s.joined_on, s.notes, s.archived_at is not null, sp.status, sp.units
                from sponsors s
                left join sponsor_categories cat on cat.code = s.category_code
                left join sponsorships sp on sp.region_id = s.region_id and sp.sponsor_id = s.id and sp.fiscal_year = ?
                where s.region_id = ?
                order by s.name_kana, s.id""";
        String label = year.label(Locale.JAPANESE);
        List<List<String>> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, year.startYear());
            ps.setString(2, region);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Date joined = rs.getDate(8);
                    String status = rs.getString(11);
                    List<String> row = new ArrayList<>(List.of(
                            rs.getString(1), rs.getString(2), rs.getString(3)));
                    row.add(rs.getString(4));
                    row.add(rs.getString(5));
                    row.add(rs.getString(6));
                    row.add(rs.getString(7));
                    row.add(joined == null ? null : joined.toLocalDate().toString());
                    row.add(rs.getString(9));
                    row.add(rs.getBoolean(10) ? RosterColumns.ARCHIVED : RosterColumns.ACTIVE);
                    row.add(label);
                    row.add(status == null ? null : RosterColumns.ANSWERS.get(status));
                    row.add(status == null ? null : String.valueOf(rs.getInt(12)));
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
