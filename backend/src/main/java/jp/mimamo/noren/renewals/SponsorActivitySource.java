package jp.mimamo.noren.renewals;

import jp.mimamo.noren.shared.FiscalYear;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What a sponsor took part in during a fiscal year besides paying its fee, for the yearly activity report: the
 * seminars and courses it hosted or spoke at and the people they reached. The feature that records seminars provides
 * a bean; until one exists, {@link NoSponsorActivity} answers that there is none. This is the one renewals type other
 * features may depend on (ArchitectureTest).
 */
public interface SponsorActivitySource {

    /**
     * The sponsor's activities in {@code year}, oldest first. Runs inside the report's transaction, already bound to
     * {@code region}; every statement must still name the region.
     */
    List<SponsorActivity> activities(Connection connection, String region, long sponsorId, FiscalYear year) throws SQLException;
}
