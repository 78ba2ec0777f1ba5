package jp.mimamo.noren.registryfiles;

import jp.mimamo.noren.support.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The retired keychain numbers of a region, read and tried as the application role would. */
final class KeychainNumbers {
    private KeychainNumbers() {
    }

    static List<String> retired(String region) {
        try (Connection c = TestDatabase.get().superuser("noren");
             PreparedStatement ps = c.prepareStatement("select number from retired_keychain_numbers where region_id = ?")) {
            ps.setString(1, region);
            List<String> numbers = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    numbers.add(rs.getString(1));
                }
            }
            return numbers;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Inserts the number for a registrant as the issuing code does; returns the rows inserted. */
    static int insertAgain(String region, String number, long registrant) {
        try (Connection c = TestDatabase.get().superuser("noren"); PreparedStatement ps = c.prepareStatement(
                "insert into keychains (region_id, number, prefix, registrant_id, issued_by) values (?, ?, ?, ?, 'test')"
                        + " on conflict do nothing")) {
            c.setAutoCommit(false);
            try (var st = c.createStatement()) {
                st.execute("select set_config('app.region_id', '" + region.replace("'", "") + "', true)");
            }
            ps.setString(1, region);
            ps.setString(2, number);
            ps.setString(3, number.substring(0, number.length() - 9));
            ps.setLong(4, registrant);
            int inserted = ps.executeUpdate();
            c.rollback();
            return inserted;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
