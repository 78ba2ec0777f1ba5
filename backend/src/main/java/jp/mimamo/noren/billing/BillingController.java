package jp.mimamo.noren.billing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Parameter;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.InRegion;
import jp.mimamo.noren.tenancy.Roles;

import static jp.mimamo.noren.shared.ProblemResponses.localeOf;

/** Invoices and receipts for a sponsor's year: issue once (201, then 200 with the same number), print as PDF. */
@Controller("/api/v1/regions/{region}/sponsors/{sponsorId}")
@ExecuteOn(TaskExecutors.IO)
@Secured(Roles.REGION_ADMIN)
class BillingController {
    private final SponsorBillings billings;
    private final Invoices invoices;
    private final Receipts receipts;

    BillingController(SponsorBillings billings, Invoices invoices, Receipts receipts) {
        this.billings = billings;
        this.invoices = invoices;
        this.receipts = receipts;
    }

    @Get("/billing")
    SponsorBilling billing(@Parameter(hidden = true) @InRegion CurrentRegion scope, long sponsorId) {
        return billings.of(scope, sponsorId);
    }

    @Post("/sponsorships/{year}/invoice")
    HttpResponse<InvoiceView> issueInvoice(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                                           long sponsorId, int year) {
        return answer(invoices.issue(scope, sponsorId, year, localeOf(request)));
    }

    @Get(value = "/sponsorships/{year}/invoice.pdf", produces = "application/pdf")
    HttpResponse<byte[]> invoicePdf(@Parameter(hidden = true) @InRegion CurrentRegion scope, long sponsorId, int year) {
        return pdf(invoices.pdf(scope, sponsorId, year), "invoice");
    }

    @Post("/sponsorships/{year}/receipt")
    HttpResponse<ReceiptView> issueReceipt(@Parameter(hidden = true) @InRegion CurrentRegion scope, long sponsorId, int year) {
        return answer(receipts.issue(scope, sponsorId, year));
    }

    /** A POST, not a GET: every print is counted, and all but the first are marked 再発行. */
    @Post(value = "/sponsorships/{year}/receipt/print", produces = "application/pdf")
    HttpResponse<byte[]> printReceipt(@Parameter(hidden = true) @InRegion CurrentRegion scope, long sponsorId, int year) {
        return pdf(receipts.print(scope, sponsorId, year), "receipt");
    }

    private static <T> HttpResponse<T> answer(Issued<T> issued) {
        return HttpResponse.<T>status(issued.created() ? HttpStatus.CREATED : HttpStatus.OK).body(issued.view());
    }

    private static HttpResponse<byte[]> pdf(Printed printed, String asciiKind) {
        return HttpResponse.ok(printed.pdf()).contentType("application/pdf")
                .header("Content-Disposition", printed.contentDisposition(asciiKind));
    }
}
