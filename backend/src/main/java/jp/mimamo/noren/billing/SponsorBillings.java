package jp.mimamo.noren.billing;

import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

/** What has been issued to one sponsor, for the sponsor's page. */
@Singleton
class SponsorBillings {
    private final RegionDatabase database;
    private final BilledYears years;
    private final InvoiceRepository invoices;
    private final ReceiptRepository receipts;

    SponsorBillings(RegionDatabase database, BilledYears years, InvoiceRepository invoices, ReceiptRepository receipts) {
        this.database = database;
        this.years = years;
        this.invoices = invoices;
        this.receipts = receipts;
    }

    SponsorBilling of(CurrentRegion region, long sponsorId) {
        return database.inRegion(region, c -> {
            if (!years.sponsorExists(c, region.code(), sponsorId)) {
                throw ProblemException.notFound();
            }
            return new SponsorBilling(invoices.forSponsor(c, region.code(), sponsorId).stream().map(IssuedInvoice::view).toList(),
                    receipts.forSponsor(c, region.code(), sponsorId).stream().map(IssuedReceipt::view).toList());
        });
    }
}
