package jp.mimamo.noren.billing;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import jp.mimamo.noren.documents.TemplateKind;
import jp.mimamo.noren.documents.TemplateKind.Placeholder;

import java.util.List;

/**
 * The receipt's and the invoice's wording, kept in head office's template library: the title, the main statement and
 * the notes below it (after a blank line). Each issued document records the version it was issued with.
 */
@Factory
class BillingTemplates {
    static final String RECEIPT = "receipt";
    static final String INVOICE = "invoice";

    @Singleton
    TemplateKind receipt() {
        return new TemplateKind(RECEIPT, "領収書の文言", "Receipt wording", true, List.of(
                new Placeholder("fiscalYear", "年度（和暦）", "Fiscal year (Japanese era)", "令和8年度"),
                new Placeholder("units", "口数", "Units", "3"),
                new Placeholder("amount", "金額", "Amount", "¥30,000"),
                new Placeholder("paidOn", "入金日", "Day paid", "令和8年5月12日（2026年5月12日）"),
                new Placeholder("paymentMethod", "お支払方法", "Payment method", "振込")));
    }

    @Singleton
    TemplateKind invoice() {
        return new TemplateKind(INVOICE, "請求書の文言", "Invoice wording", true, List.of(
                new Placeholder("fiscalYear", "年度（和暦）", "Fiscal year (Japanese era)", "令和8年度"),
                new Placeholder("periodFrom", "対象期間の初日", "First day of the period", "2026年4月1日"),
                new Placeholder("periodTo", "対象期間の末日", "Last day of the period", "2027年3月31日"),
                new Placeholder("units", "口数", "Units", "3"),
                new Placeholder("amount", "ご請求金額", "Amount", "¥30,000")));
    }
}
