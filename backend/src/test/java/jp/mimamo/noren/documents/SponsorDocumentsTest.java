package jp.mimamo.noren.documents;

import jp.mimamo.noren.support.TestImages;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SponsorDocumentsTest {
    private static final Issuer REGISTERED = new Issuer("みま～も大田", "T1234567890123", null);
    private static final Invoice.Addressee TAKASAKI = new Invoice.Addressee("㈱髙﨑薬局", "髙﨑 一郎", "143-0016", "東京都大田区大森北1-2-3");

    @Test
    void anInvoiceCarriesWhatAQualifiedInvoiceNeedsAndSaysTheFeeIsOutsideConsumptionTax() throws IOException {
        String text = PdfReading.text(invoice(anInvoice(REGISTERED, TAKASAKI, 30_000, "振込先：大田信用金庫 本店 普通 1234567")));

        assertThat(text).contains("請求書", "I2026-0007", "令和8年5月1日（2026年5月1日）", "みま～も大田", "登録番号　T1234567890123",
                "㈱髙﨑薬局", "髙﨑 一郎　様", "〒143-0016", "協賛金（令和8年度）", "3口", "¥10,000", "¥30,000-", "不課税",
                "消費税額", "¥0", "2026年4月1日〜2027年3月31日", "振込先：大田信用金庫 本店 普通 1234567");
    }

    @Test
    void anInvoiceOfAnUnregisteredIssuerHasNoRegistrationLineAndAProratedFeeSaysSo() throws IOException {
        Invoice.Addressee noContact = new Invoice.Addressee("有限会社﨑山商店", null, null, null);
        String text = PdfReading.text(invoice(anInvoice(new Issuer("みま～も大和", null, null), noContact, 15_000, null)));

        assertThat(text).contains("有限会社﨑山商店　御中", "協賛金（令和8年度・月割り）", "¥15,000-", "不課税")
                .doesNotContain("登録番号", "お支払について");
    }

    @Test
    void theSealIsDrawnOnlyWhenTheIssuerHasOne() throws IOException {
        Issuer sealed = new Issuer("みま～も大田", "T1234567890123", TestImages.sealPng());
        assertThat(images(invoice(anInvoice(sealed, TAKASAKI, 30_000, null)))).isEqualTo(1);
        assertThat(images(invoice(anInvoice(REGISTERED, TAKASAKI, 30_000, null)))).isZero();
        assertThat(images(receipt(aReceipt(new Issuer("みま～も大田", null, TestImages.sealJpeg()), null)))).isEqualTo(1);
    }

    @Test
    void aReceiptStatesAmountPurposeAndPaymentAndEmbedsItsFonts() throws IOException {
        byte[] pdf = receipt(aReceipt(REGISTERED, null));
        String text = PdfReading.text(pdf);

        assertThat(text).contains("領収書", "No. R2026-0001", "㈱髙﨑薬局　様", "¥30,000-", "但し　令和8年度 協賛金として（3口）",
                "上記正に領収いたしました。", "令和8年5月10日（2026年5月10日）", "振込", "不課税", "登録番号　T1234567890123")
                .doesNotContain("再発行");
        try (PDDocument document = PdfReading.load(pdf)) {
            assertThat(PdfReading.fonts(document)).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
        }
    }

    @Test
    void aReprintIsMarkedWithTheDayItWasReprinted() throws IOException {
        String text = PdfReading.text(receipt(aReceipt(REGISTERED, LocalDate.of(2026, 6, 2))));

        assertThat(text).contains("再発行　2026年6月2日", "No. R2026-0001", "令和8年5月10日（2026年5月10日）");
    }

    @Test
    void anActivityReportWithoutSeminarsSaysThereAreNoRecordsYet() throws IOException {
        String text = PdfReading.text(reports(List.of(aReport(List.of()))));

        assertThat(text).contains("令和7年度　協賛活動報告書", "㈱髙﨑薬局", "髙﨑 一郎　様", "2口", "20,000円",
                "・ホームページ掲載（提供済み）", "・見守り通信へのロゴ掲載（提供済み）", ActivityReportLayout.NO_ACTIVITY);
    }

    @Test
    void anActivityReportStaysOnOnePageAndCountsTheSeminarsItHadNoRoomFor() throws IOException {
        List<ActivityReport.Activity> many = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> new ActivityReport.Activity(LocalDate.of(2025, 4, 1).plusDays(i * 7L),
                        "地域づくりセミナー第" + i + "回「薬の飲み合わせと見守り」", i % 2 == 0 ? "講師" : "主催", 20))
                .toList();
        List<String> benefits = new ArrayList<>();
        IntStream.rangeClosed(1, 20).forEach(i -> benefits.add("特典その" + i + "：" + "見守り通信への掲載と店頭掲示".repeat(3)));
        ActivityReport report = new ActivityReport(LocalDate.of(2026, 3, 2), "みま～も大田", "㈱髙﨑薬局", null, "令和7年度", 2,
                20_000, benefits, many);

        try (PDDocument document = PdfReading.load(reports(List.of(report)))) {
            String text = PdfReading.pageText(document, 1);
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(text).contains("合計 40 回　参加者 延べ 800 人", "ほか ", "今後とも");
            assertThat(PdfReading.glyphs(document, 1)).allSatisfy(g -> assertThat(g.baseline()).isBetween(15f, 287f));
        }
    }

    @Test
    void manyReportsMakeOnePageEach() throws IOException {
        try (PDDocument document = PdfReading.load(reports(List.of(aReport(List.of()), aReport(List.of()), aReport(List.of()))))) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            assertThat(PdfReading.fonts(document)).extracting(PDFont::isEmbedded).containsOnly(true);
        }
    }

    private static Invoice anInvoice(Issuer issuer, Invoice.Addressee to, long amount, String paymentNote) {
        return new Invoice("I2026-0007", LocalDate.of(2026, 5, 1), issuer, to, "令和8年度",
                new Invoice.Period(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)), 3, 10_000, amount, paymentNote);
    }

    private static Receipt aReceipt(Issuer issuer, LocalDate reprintedOn) {
        return new Receipt("R2026-0001", LocalDate.of(2026, 5, 12), issuer, "㈱髙﨑薬局", 30_000, "令和8年度", 3,
                LocalDate.of(2026, 5, 10), "振込", reprintedOn);
    }

    private static ActivityReport aReport(List<ActivityReport.Activity> activities) {
        return new ActivityReport(LocalDate.of(2026, 3, 2), "みま～も大田", "㈱髙﨑薬局", "髙﨑 一郎", "令和7年度", 2, 20_000,
                List.of("ホームページ掲載", "見守り通信へのロゴ掲載"), activities);
    }

    private static byte[] invoice(Invoice invoice) throws IOException {
        return PdfReading.written(out -> SponsorDocuments.invoice(out, invoice));
    }

    private static byte[] receipt(Receipt receipt) throws IOException {
        return PdfReading.written(out -> SponsorDocuments.receipt(out, receipt));
    }

    private static byte[] reports(List<ActivityReport> reports) throws IOException {
        return PdfReading.written(out -> SponsorDocuments.activityReports(out, reports));
    }

    private static int images(byte[] pdf) throws IOException {
        try (PDDocument document = PdfReading.load(pdf)) {
            int count = 0;
            for (COSName name : document.getPage(0).getResources().getXObjectNames()) {
                if (document.getPage(0).getResources().isImageXObject(name)) {
                    count++;
                }
            }
            return count;
        }
    }
}
