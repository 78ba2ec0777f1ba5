package jp.mimamo.noren.billing;

import jakarta.inject.Singleton;
import jp.mimamo.noren.documents.DocumentText;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL for issued invoices; they are written once and never changed. */
@Singleton
class InvoiceRepository {
    private static final String COLUMNS = "sponsor_id, fiscal_year, number, issued_on, issuer_name, registration_number,"
            + " payment_note, addressee, contact_name, postal_code, address, units, unit_fee, amount, seal_id, issued_by, issued_at";

    Optional<IssuedInvoice> find(Connection c, String region, long sponsorId, int year) throws SQLException {
        List<IssuedInvoice> found = select(c, "where region_id = ? and sponsor_id = ? and fiscal_year = ?", region, sponsorId, year);
        return found.stream().findFirst();
    }

    List<IssuedInvoice> forSponsor(Connection c, String region, long sponsorId) throws SQLException {
        return select(c, "where region_id = ? and sponsor_id = ? order by fiscal_year desc", region, sponsorId, null);
    }

    void insert(Connection c, String region, IssuedInvoice invoice, DocumentText wording) throws SQLException {
        String sql = "insert into invoices (region_id, " + COLUMNS.replace(", issued_at", "")
                + ", template_key, template_version, template_region_revision) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.setLong(2, invoice.sponsorId());
            ps.setInt(3, invoice.fiscalYear());
            ps.setString(4, invoice.number());
            ps.setObject(5, invoice.issuedOn());
            ps.setString(6, invoice.issuerName());
            ps.setString(7, invoice.registrationNumber());
            ps.setString(8, invoice.paymentNote());
            ps.setString(9, invoice.addressee());
            ps.setString(10, invoice.contactName());
            ps.setString(11, invoice.postalCode());
            ps.setString(12, invoice.address());
            ps.setInt(13, invoice.units());
            ps.setInt(14, invoice.unitFee());
            ps.setInt(15, invoice.amount());
            ps.setObject(16, invoice.sealId(), Types.BIGINT);
            ps.setString(17, invoice.issuedBy());
            ps.setString(18, wording.key());
            ps.setInt(19, wording.version());
            ps.setObject(20, wording.regionRevision(), Types.INTEGER);
            ps.executeUpdate();
        }
    }

    private static List<IssuedInvoice> select(Connection c, String where, String region, long sponsorId, Integer year)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from invoices " + where)) {
            ps.setString(1, region);
            ps.setLong(2, sponsorId);
            if (year != null) {
                ps.setInt(3, year);
            }
            List<IssuedInvoice> invoices = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long seal = rs.getLong(15);
                    Long sealId = rs.wasNull() ? null : seal;
                    invoices.add(new IssuedInvoice(rs.getLong(1), rs.getInt(2), rs.getString(3), BilledYears.date(rs, 4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            rs.getString(10), rs.getString(11), rs.getInt(12), rs.getInt(13), rs.getInt(14), sealId,
                            rs.getString(16), rs.getTimestamp(17).toInstant()));
                }
            }
            return invoices;
        }
    }
}
