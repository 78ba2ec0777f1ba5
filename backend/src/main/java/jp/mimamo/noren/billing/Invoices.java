package jp.mimamo.noren.billing;

import jakarta.inject.Singleton;
import jp.mimamo.noren.documents.DocumentText;
import jp.mimamo.noren.documents.Invoice;
import jp.mimamo.noren.documents.Issuer;
import jp.mimamo.noren.documents.JapaneseDates;
import jp.mimamo.noren.documents.SponsorDocuments;
import jp.mimamo.noren.documents.Wording;
import jp.mimamo.noren.documents.Yen;
import jp.mimamo.noren.shared.ChangeLog;
import jp.mimamo.noren.shared.FiscalYear;
import jp.mimamo.noren.shared.HistoryEntry.FieldChange;
import jp.mimamo.noren.shared.Messages;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issuing a year's invoice, once: the first request numbers it, stores what it says and sets the year's 請求日;
 * every later one returns the same invoice. Only a year answered 継続 or 新規, with a fee, can be invoiced.
 */
@Singleton
class Invoices {
    private final RegionDatabase database;
    private final BilledYears years;
    private final InvoiceRepository invoices;
    private final DocumentNumbers numbers;
    private final Clock clock = Clock.system(ZoneId.of("Asia/Tokyo"));

    Invoices(RegionDatabase database, BilledYears years, InvoiceRepository invoices, DocumentNumbers numbers) {
        this.database = database;
        this.years = years;
        this.invoices = invoices;
        this.numbers = numbers;
    }

    Issued<InvoiceView> issue(CurrentRegion region, long sponsorId, int year, Locale locale) {
        return database.inRegion(region, c -> {
            BilledYear billed = years.lock(c, region.code(), sponsorId, year).orElseThrow(ProblemException::notFound);
            var existing = invoices.find(c, region.code(), sponsorId, year);
            if (existing.isPresent()) {
                return new Issued<>(existing.get().view(), false);
            }
            if (!billed.pledgesAFee()) {
                throw new ProblemException(ProblemType.INVALID_STATE, "problem.billing.invoiceNotPledged",
                        Messages.get(locale, "sponsorship.status." + billed.status()));
            }
            if (billed.fee() <= 0) {
                throw new ProblemException(ProblemType.INVALID_STATE, "problem.billing.nothingToInvoice");
            }
            LocalDate today = LocalDate.now(clock);
            IssuerSettings settings = IssuerSettings.read(c, region.code());
            IssuedInvoice invoice = new IssuedInvoice(sponsorId, year, numbers.next(c, region.code(), DocumentNumbers.Kind.INVOICE, year),
                    today, region.region().name(), settings.registrationNumber(), settings.paymentNote(), billed.sponsorName(),
                    billed.contactName(), billed.postalCode(), billed.address(), billed.units(), billed.unitFee(), billed.fee(),
                    SealStore.currentId(c, region.code()).orElse(null), region.caller().username(), null);
            invoices.insert(c, region.code(), invoice, DocumentText.inForce(c, region.code(), BillingTemplates.INVOICE));
            List<FieldChange> changes = new ArrayList<>();
            ChangeLog.compare(changes, "invoiceNumber", null, invoice.number());
            if (years.markInvoiced(c, region.code(), sponsorId, year, today)) {
                ChangeLog.compare(changes, "invoicedOn", null, today);
            }
            years.record(c, region.code(), sponsorId, year, region.caller().username(), "invoiced", changes);
            return new Issued<>(invoices.find(c, region.code(), sponsorId, year).orElseThrow().view(), true);
        });
    }

    Printed pdf(CurrentRegion region, long sponsorId, int year) {
        Invoice document = database.inRegion(region, c -> {
            years.find(c, region.code(), sponsorId, year).orElseThrow(ProblemException::notFound);
            IssuedInvoice invoice = invoices.find(c, region.code(), sponsorId, year)
                    .orElseThrow(() -> new ProblemException(ProblemType.INVALID_STATE, "problem.billing.invoiceNotIssued"));
            FiscalYear fiscalYear = new FiscalYear(year);
            DocumentText text = IssuedWording.of(c, "invoices", BillingTemplates.INVOICE, region.code(), sponsorId, year);
            Map<String, String> values = Map.of("fiscalYear", fiscalYear.label(Locale.JAPANESE),
                    "periodFrom", JapaneseDates.western(fiscalYear.firstDay()), "periodTo", JapaneseDates.western(fiscalYear.lastDay()),
                    "units", String.valueOf(invoice.units()), "amount", Yen.format(invoice.amount()));
            return new Invoice(invoice.number(), invoice.issuedOn(),
                    new Issuer(invoice.issuerName(), invoice.registrationNumber(), SealStore.image(c, region.code(), invoice.sealId())),
                    new Invoice.Addressee(invoice.addressee(), invoice.contactName(), invoice.postalCode(), invoice.address()),
                    fiscalYear.label(Locale.JAPANESE), new Invoice.Period(fiscalYear.firstDay(), fiscalYear.lastDay()),
                    invoice.units(), invoice.unitFee(), invoice.amount(), invoice.paymentNote(),
                    new Wording(text.subject(values), text.body(values)));
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            SponsorDocuments.invoice(out, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Printed(out.toByteArray(), "請求書", document.number(), document.addressee().name());
    }
}
