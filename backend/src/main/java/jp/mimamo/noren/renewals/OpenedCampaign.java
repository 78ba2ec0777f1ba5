package jp.mimamo.noren.renewals;

import io.micronaut.serde.annotation.Serdeable;

/** The result of opening a campaign: rows created now, and rows that were there already. */
@Serdeable
public record OpenedCampaign(int fiscalYear, String fiscalYearLabel, int created, long alreadyOpen) {
}
