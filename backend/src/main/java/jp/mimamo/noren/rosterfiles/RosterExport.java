package jp.mimamo.noren.rosterfiles;

import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.FiscalYear;
import jp.mimamo.noren.tables.CsvEncoding;
import jp.mimamo.noren.tables.TableColumn;
import jp.mimamo.noren.tables.TableFormat;
import jp.mimamo.noren.tables.TableWriter;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The region's whole roster (archived sponsors included) as one file: a row per sponsor and fiscal year (年度), and
 * one row with empty year columns for a sponsor without any year. Rows go from the database to a temporary file
 * as they are read; the file is deleted once sent. Importing it back changes nothing.
 */
@Singleton
class RosterExport {
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final List<RosterField> COLUMNS_AFTER_STATE = List.of(RosterField.FISCAL_YEAR, RosterField.STATUS, RosterField.UNITS,
            RosterField.UNIT_FEE, RosterField.FEE, RosterField.INVOICED_ON, RosterField.PAID_ON, RosterField.PAYMENT_METHOD,
            RosterField.PAID_AMOUNT, RosterField.YEAR_NOTES);
    private static final String SQL = """
            select s.name, s.name_kana, coalesce(cat.name_ja, s.category_code), s.postal_code, s.address, s.phone, s.email,
                   s.joined_on, s.notes, s.archived_at is not null, sp.fiscal_year, sp.status, sp.units, sp.unit_fee, sp.fee,
                   sp.invoiced_on, sp.paid_on, sp.payment_method, sp.paid_amount, sp.notes
            from sponsors s
            left join sponsor_categories cat on cat.code = s.category_code
            left join sponsorships sp on sp.region_id = s.region_id and sp.sponsor_id = s.id
            where s.region_id = ?
            order by s.name_kana, s.id, sp.fiscal_year""";
    private final RegionDatabase database;

    RosterExport(RegionDatabase database) {
        this.database = database;
    }

    static List<TableColumn> columns() {
        List<TableColumn> columns = new ArrayList<>();
        for (RosterField field : List.of(RosterField.NAME, RosterField.NAME_KANA, RosterField.CATEGORY, RosterField.POSTAL_CODE,
                RosterField.ADDRESS, RosterField.PHONE, RosterField.EMAIL, RosterField.JOINED_ON, RosterField.NOTES)) {
            columns.add(field == RosterField.JOINED_ON ? TableColumn.date(field.title) : TableColumn.text(field.title));
        }
        columns.add(TableColumn.text(RosterField.STATE_TITLE));
        for (RosterField field : COLUMNS_AFTER_STATE) {
            boolean date = field == RosterField.INVOICED_ON || field == RosterField.PAID_ON;
            columns.add(date ? TableColumn.date(field.title) : TableColumn.text(field.title));
        }
        return columns;
    }

    /** The export in a temporary file, as a stream that deletes the file when closed. */
    InputStream export(CurrentRegion region, TableFormat format, CsvEncoding encoding) {
        try {
            Path file = Files.createTempFile("noren-roster-", "." + format.extension());
            try {
                try (OutputStream out = Files.newOutputStream(file);
                     TableWriter writer = format == TableFormat.XLSX ? TableWriter.xlsx(out, "協賛者名簿", columns())
                             : TableWriter.csv(out, encoding, columns())) {
                    database.inRegion(region, c -> {
                        try (PreparedStatement ps = c.prepareStatement(SQL)) {
                            ps.setString(1, region.code());
                            ps.setFetchSize(1_000);
                            try (ResultSet rs = ps.executeQuery()) {
                                while (rs.next()) {
                                    writer.row(row(rs));
                                }
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        return null;
                    });
                }
                return new FilterInputStream(Files.newInputStream(file)) {
                    @Override
                    public void close() throws IOException {
                        try {
                            super.close();
                        } finally {
                            Files.deleteIfExists(file);
                        }
                    }
                };
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> row(ResultSet rs) throws SQLException {
        List<String> row = new ArrayList<>(20);
        for (int column = 1; column <= 7; column++) {
            row.add(rs.getString(column));
        }
        row.add(text(rs.getDate(8)));
        row.add(rs.getString(9));
        row.add(rs.getBoolean(10) ? RosterField.ARCHIVED : RosterField.ACTIVE);
        int year = rs.getInt(11);
        if (rs.wasNull()) {
            for (int i = 0; i < COLUMNS_AFTER_STATE.size(); i++) {
                row.add(null);
            }
            return row;
        }
        row.add(new FiscalYear(year).label(Locale.JAPANESE));
        row.add(CellText.STATUSES.get(rs.getString(12)));
        row.add(rs.getString(13));
        row.add(rs.getString(14));
        row.add(rs.getString(15));
        row.add(text(rs.getDate(16)));
        row.add(text(rs.getDate(17)));
        String method = rs.getString(18);
        row.add(method == null ? null : CellText.METHODS.get(method));
        row.add(rs.getString(19));
        row.add(rs.getString(20));
        return row;
    }

    private static String text(Date date) {
        return date == null ? null : date.toLocalDate().toString();
    }
}
