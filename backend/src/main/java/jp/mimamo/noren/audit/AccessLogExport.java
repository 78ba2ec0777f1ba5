package jp.mimamo.noren.audit;

import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.tables.CsvEncoding;
import jp.mimamo.noren.tables.TableColumn;
import jp.mimamo.noren.tables.TableFormat;
import jp.mimamo.noren.tables.TableWriter;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A region's access log for a period (Japan dates, both included) as one xlsx or CSV file for its admin. The
 * export is itself recorded. Registrants appear by id only: the file holds no registrant's personal data.
 */
@Singleton
class AccessLogExport {
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final int MAX_DAYS = 366;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(TOKYO);
    static final List<TableColumn> COLUMNS = List.of(TableColumn.text("日時"), TableColumn.text("ユーザー名"),
            TableColumn.text("氏名"), TableColumn.text("役割"), TableColumn.text("センター"), TableColumn.text("登録者ID"),
            TableColumn.text("操作"), TableColumn.text("範囲"), TableColumn.text("閲覧区分"), TableColumn.text("目的・理由"),
            TableColumn.text("結果"), TableColumn.text("詳細"), TableColumn.text("IPアドレス"), TableColumn.text("ブラウザ"));

    private final RegionDatabase database;
    private final AccessLog log;

    AccessLogExport(RegionDatabase database, AccessLog log) {
        this.database = database;
        this.log = log;
    }

    byte[] export(CurrentRegion region, LocalDate from, LocalDate to, TableFormat format, CsvEncoding encoding,
                  ClientInfo client, Locale locale) {
        FormErrors errors = new FormErrors(locale);
        if (from == null) {
            errors.reject("from", "validation.required");
        }
        if (to == null) {
            errors.reject("to", "validation.required");
        }
        if (from != null && to != null && (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to))) {
            errors.reject("to", "validation.accessLog.period", MAX_DAYS);
        }
        errors.throwIfAny();
        List<List<String>> rows = database.inRegion(region, c -> {
            List<List<String>> found = rows(c, region.code(), from, to);
            log.record(c, region, Reader.of(c, region, client), new AccessEntry(null, "export", List.of("access-log"),
                    AccessEntry.Access.NONE, null, AccessEntry.Outcome.SHOWN,
                    Map.of("from", from.toString(), "to", to.toString(), "rows", found.size())));
            return found;
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = format == TableFormat.XLSX
                ? TableWriter.xlsx(out, "閲覧記録", COLUMNS) : TableWriter.csv(out, encoding, COLUMNS)) {
            for (List<String> row : rows) {
                writer.row(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<List<String>> rows(Connection c, String region, LocalDate from, LocalDate to) throws SQLException {
        String sql = """
                select at, username, display_name, roles, centre_name, registrant_id, action, sections, access, purpose,
                       outcome, details::text, client_ip, user_agent
                from access_log where region_id = ? and at >= ? and at < ? order by at, id""";
        List<List<String>> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setTimestamp(2, Timestamp.from(from.atStartOfDay(TOKYO).toInstant()));
            ps.setTimestamp(3, Timestamp.from(to.plusDays(1).atStartOfDay(TOKYO).toInstant()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object registrant = rs.getObject(6);
                    String details = rs.getString(12);
                    rows.add(Arrays.asList(AT.format(rs.getTimestamp(1).toInstant()), rs.getString(2), rs.getString(3),
                            String.join(" ", AccessLog.texts(rs.getArray(4))), rs.getString(5),
                            registrant == null ? null : registrant.toString(),
                            AccessLabels.action(rs.getString(7)), String.join(" ", AccessLog.texts(rs.getArray(8))),
                            AccessLabels.access(rs.getString(9)), rs.getString(10), AccessLabels.outcome(rs.getString(11)),
                            "{}".equals(details) ? null : details, rs.getString(13), rs.getString(14)));
                }
            }
        }
        return rows;
    }
}
