package jp.mimamo.noren.rosterfiles;

import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes a preview's rows to roster_import_sponsors and roster_import_years, a batch at a time: each batch is one
 * INSERT … SELECT FROM unnest(arrays), so memory holds one batch and the database does one round trip per batch.
 */
final class RosterStaging {
    static final int BATCH = 2_000;

    private static final String SPONSORS = """
            insert into roster_import_sponsors (region_id, import_id, position, first_row, search_key, action, sponsor_id,
                base_version, category_code, name, name_kana, postal_code, address, phone, email, joined_on, notes, before)
            select ?, ?, t.position, t.first_row, t.search_key, t.action, t.sponsor_id, t.base_version, t.category_code,
                   t.name, t.name_kana, t.postal_code, t.address, t.phone, t.email, t.joined_on::date, t.notes, t.before::jsonb
            from unnest(?::int[], ?::int[], ?::text[], ?::text[], ?::bigint[], ?::int[], ?::text[], ?::text[], ?::text[],
                        ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                 as t(position, first_row, search_key, action, sponsor_id, base_version, category_code, name, name_kana,
                      postal_code, address, phone, email, joined_on, notes, before)""";
    private static final String YEARS = """
            insert into roster_import_years (region_id, import_id, ordinal, row_number, position, fiscal_year, action, base_version,
                status, units, unit_fee, fee, invoiced_on, paid_on, payment_method, paid_amount, notes, before)
            select ?, ?, t.ordinal, t.row_number, t.position, t.fiscal_year, t.action, t.base_version, t.status, t.units, t.unit_fee,
                   t.fee, t.invoiced_on::date, t.paid_on::date, t.payment_method, t.paid_amount, t.notes, t.before::jsonb
            from unnest(?::int[], ?::int[], ?::int[], ?::int[], ?::text[], ?::int[], ?::text[], ?::int[], ?::int[], ?::int[],
                        ?::text[], ?::text[], ?::text[], ?::int[], ?::text[], ?::text[])
                 as t(ordinal, row_number, position, fiscal_year, action, base_version, status, units, unit_fee, fee, invoiced_on,
                      paid_on, payment_method, paid_amount, notes, before)""";

    private static final String[] SPONSOR_TYPES = {"int4", "int4", "text", "text", "int8", "int4"};
    private static final String[] YEAR_TYPES = {"int4", "int4", "int4", "int4", "text", "int4", "text", "int4", "int4", "int4",
            "text", "text", "text", "int4"};

    private final Connection connection;
    private final String region;
    private final UUID importId;
    private final JsonMapper json;
    private final List<Object[]> sponsors = new ArrayList<>();
    private final List<Object[]> years = new ArrayList<>();
    private int yearsStaged;

    RosterStaging(Connection connection, String region, UUID importId, JsonMapper json) {
        this.connection = connection;
        this.region = region;
        this.importId = importId;
        this.json = json;
    }

    void sponsor(int position, int firstRow, String searchKey, String action, ExistingRoster.Sponsor match, SponsorValues v)
            throws SQLException {
        boolean update = "update".equals(action);
        sponsors.add(new Object[] {position, firstRow, searchKey, action, match == null ? null : match.id(),
                match == null ? null : match.version(), v.categoryCode(), v.name(), v.nameKana(), v.postalCode(), v.address(),
                v.phone(), v.email(), text(v.joinedOn()), v.notes(), update ? json(before(match)) : null});
        if (sponsors.size() == BATCH) {
            flush(SPONSORS, sponsors, 16, SPONSOR_TYPES);
        }
    }

    void year(int row, int position, String action, ExistingRoster.Year stored, YearValues v) throws SQLException {
        boolean update = "update".equals(action);
        years.add(new Object[] {yearsStaged++, row, position, v.fiscalYear(), action, stored == null ? null : stored.version(), v.status(),
                v.units(), v.unitFee(), v.fee(), text(v.invoicedOn()), text(v.paidOn()), v.paymentMethod(), v.paidAmount(),
                v.notes(), update ? json(stored.values().asMap()) : null});
        if (years.size() == BATCH) {
            flush(YEARS, years, 16, YEAR_TYPES);
        }
    }

    void finish() throws SQLException {
        flush(SPONSORS, sponsors, 16, SPONSOR_TYPES);
        flush(YEARS, years, 16, YEAR_TYPES);
    }

    /** Throws away what was written: a preview with rejected rows cannot be applied. */
    void discard() throws SQLException {
        sponsors.clear();
        years.clear();
        for (String table : List.of("roster_import_years", "roster_import_sponsors")) {
            try (PreparedStatement ps = connection.prepareStatement("delete from " + table + " where region_id = ? and import_id = ?")) {
                ps.setString(1, region);
                ps.setObject(2, importId);
                ps.executeUpdate();
            }
        }
    }

    /** One INSERT for the buffered rows; {@code types} names the SQL array type of the leading columns, text after. */
    private void flush(String sql, List<Object[]> rows, int columns, String[] types) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setObject(2, importId);
            for (int column = 0; column < columns; column++) {
                String type = column < types.length ? types[column] : "text";
                Object[] values = switch (type) {
                    case "int4" -> new Integer[rows.size()];
                    case "int8" -> new Long[rows.size()];
                    default -> new String[rows.size()];
                };
                for (int i = 0; i < rows.size(); i++) {
                    values[i] = rows.get(i)[column];
                }
                ps.setArray(column + 3, connection.createArrayOf(type, values));
            }
            ps.executeUpdate();
        }
        rows.clear();
    }

    /** The stored values an update replaces, with the search key that goes with them. */
    private static Map<String, Object> before(ExistingRoster.Sponsor match) {
        Map<String, Object> values = match.values().asMap();
        values.put("searchKey", match.searchKey());
        return values;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private String json(Map<String, Object> values) {
        try {
            return json.writeValueAsString(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
