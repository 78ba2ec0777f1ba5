package jp.mimamo.noren.documents;

import java.io.IOException;
import java.io.OutputStream;

/** The documents a region gives its sponsors: invoices, receipts and the yearly activity report. */
public final class SponsorDocuments {
    private SponsorDocuments() {
    }

    /** One invoice, one page. */
    public static void invoice(OutputStream out, Invoice invoice) throws IOException {
        try (JapanesePdf pdf = JapanesePdf.open(out, "請求書 " + invoice.number())) {
            PdfImage seal = seal(pdf, invoice.issuer());
            pdf.page(PageSize.A4_PORTRAIT, page -> InvoiceLayout.draw(page, invoice, seal));
        }
    }

    /** One receipt, on the top half of a page. */
    public static void receipt(OutputStream out, Receipt receipt) throws IOException {
        try (JapanesePdf pdf = JapanesePdf.open(out, "領収書 " + receipt.number())) {
            PdfImage seal = seal(pdf, receipt.issuer());
            pdf.page(PageSize.A4_PORTRAIT, page -> ReceiptLayout.draw(page, receipt, seal));
        }
    }

    /** Activity reports, a page each, read one at a time (see {@link MailMerge}). */
    public static void activityReports(OutputStream out, Iterable<ActivityReport> reports) throws IOException {
        MailMerge.write(out, "協賛活動報告書", PageSize.A4_PORTRAIT, reports, ActivityReportLayout::draw);
    }

    private static PdfImage seal(JapanesePdf pdf, Issuer issuer) throws IOException {
        return issuer.seal() == null ? null : pdf.image(issuer.seal());
    }
}
