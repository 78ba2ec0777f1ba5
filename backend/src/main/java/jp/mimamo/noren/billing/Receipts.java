package jp.mimamo.noren.billing;

import jakarta.inject.Singleton;
import jp.mimamo.noren.documents.DocumentText;
import jp.mimamo.noren.documents.Issuer;
import jp.mimamo.noren.documents.JapaneseDates;
import jp.mimamo.noren.documents.Receipt;
import jp.mimamo.noren.documents.SponsorDocuments;
import jp.mimamo.noren.documents.Wording;
import jp.mimamo.noren.documents.Yen;
import jp.mimamo.noren.shared.ChangeLog;
import jp.mimamo.noren.shared.FiscalYear;
import jp.mimamo.noren.shared.HistoryEntry.FieldChange;
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
 * Issuing a year's receipt once its payment is recorded. The receipt keeps the amount, the payment and the
 * sponsor's name of that day; a later correction of the payment or the sponsor does not change it. The first PDF
 * is the original; every later one says 再発行.
 */
@Singleton
class Receipts {
    private static final Map<String, String> METHODS = Map.of("transfer", "振込", "cash", "現金", "debit", "口座振替");
    private final RegionDatabase database;
    private final BilledYears years;
    private final ReceiptRepository receipts;
    private final DocumentNumbers numbers;
    private final Clock clock = Clock.system(ZoneId.of("Asia/Tokyo"));

    Receipts(RegionDatabase database, BilledYears years, ReceiptRepository receipts, DocumentNumbers numbers) {
        this.database = database;
        this.years = years;
        this.receipts = receipts;
        this.numbers = numbers;
    }

    Issued<ReceiptView> issue(CurrentRegion region, long sponsorId, int year) {
        return database.inRegion(region, c -> {
            BilledYear billed = years.lock(c, region.code(), sponsorId, year).orElseThrow(ProblemException::notFound);
            var existing = receipts.find(c, region.code(), sponsorId, year);
            if (existing.isPresent()) {
                return new Issued<>(existing.get().view(), false);
            }
            if (!billed.paid()) {
                throw new ProblemException(ProblemType.INVALID_STATE, "problem.billing.receiptUnpaid");
            }
            if (billed.paidAmount() <= 0) {
                throw new ProblemException(ProblemType.INVALID_STATE, "problem.billing.nothingReceived");
            }
            IssuerSettings settings = IssuerSettings.read(c, region.code());
            IssuedReceipt receipt = new IssuedReceipt(sponsorId, year, numbers.next(c, region.code(), DocumentNumbers.Kind.RECEIPT, year),
                    LocalDate.now(clock), region.region().name(), settings.registrationNumber(), billed.sponsorName(),
                    billed.paidAmount(), billed.paidOn(), billed.paymentMethod(), billed.units(),
                    SealStore.currentId(c, region.code()).orElse(null), region.caller().username(), null, 0);
            receipts.insert(c, region.code(), receipt, DocumentText.inForce(c, region.code(), BillingTemplates.RECEIPT));
            List<FieldChange> changes = new ArrayList<>();
            ChangeLog.compare(changes, "receiptNumber", null, receipt.number());
            years.record(c, region.code(), sponsorId, year, region.caller().username(), "receipted", changes);
            return new Issued<>(receipts.find(c, region.code(), sponsorId, year).orElseThrow().view(), true);
        });
    }

    /**
     * The receipt as a PDF; counts the print, so only the first is the original. The PDF is made inside the
     * transaction: if making it fails, the print is not counted.
     */
    Printed print(CurrentRegion region, long sponsorId, int year) {
        return database.inRegion(region, c -> {
            years.find(c, region.code(), sponsorId, year).orElseThrow(ProblemException::notFound);
            IssuedReceipt receipt = receipts.find(c, region.code(), sponsorId, year)
                    .orElseThrow(() -> new ProblemException(ProblemType.INVALID_STATE, "problem.billing.receiptNotIssued"));
            boolean reprint = receipts.countPrint(c, region.code(), sponsorId, year) > 0;
            String fiscalYear = new FiscalYear(year).label(Locale.JAPANESE);
            String method = METHODS.getOrDefault(receipt.paymentMethod(), receipt.paymentMethod());
            DocumentText text = IssuedWording.of(c, "receipts", BillingTemplates.RECEIPT, region.code(), sponsorId, year);
            Map<String, String> values = Map.of("fiscalYear", fiscalYear, "units", String.valueOf(receipt.units()),
                    "amount", Yen.format(receipt.amount()), "paidOn", JapaneseDates.withWestern(receipt.paidOn()), "paymentMethod", method);
            Receipt document = new Receipt(receipt.number(), receipt.issuedOn(),
                    new Issuer(receipt.issuerName(), receipt.registrationNumber(), SealStore.image(c, region.code(), receipt.sealId())),
                    receipt.addressee(), receipt.amount(), fiscalYear, receipt.units(), receipt.paidOn(), method,
                    reprint ? LocalDate.now(clock) : null, new Wording(text.subject(values), text.body(values)));
            return new Printed(render(document), "領収書", receipt.number(), receipt.addressee());
        });
    }

    private static byte[] render(Receipt document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            SponsorDocuments.receipt(out, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
