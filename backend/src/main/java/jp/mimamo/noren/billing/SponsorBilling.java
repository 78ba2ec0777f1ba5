package jp.mimamo.noren.billing;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The invoices and receipts issued to one sponsor, newest year first. */
@Serdeable
public record SponsorBilling(List<InvoiceView> invoices, List<ReceiptView> receipts) {
}
