package jp.mimamo.noren.documents;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static jp.mimamo.noren.documents.RenewalLetterFixtures.aLetterToTakasakiPharmacy;
import static jp.mimamo.noren.documents.RenewalLetterFixtures.letterTo;
import static org.assertj.core.api.Assertions.assertThat;

class RenewalLetterTest {

    @Test
    void readsBackAsAJapaneseBusinessLetterWithCp932Characters() throws IOException {
        String text = PdfReading.text(letter(aLetterToTakasakiPharmacy()));

        assertThat(text).contains("㈱髙﨑薬局", "髙﨑 一郎　様", "① 店頭への協賛ステッカーの掲示", "令和8年度　協賛継続のお願い",
                "令和8年3月2日", "拝啓", "敬具", "記", "以上", "2口　24,000円", "令和8年4月30日（木）", "みま～も大田",
                "〒143-0016");
    }

    @Test
    void embedsTheShippedFontsAndTakesNoneFromTheHost() throws IOException {
        try (PDDocument document = PdfReading.load(letter(aLetterToTakasakiPharmacy()))) {
            List<PDFont> fonts = PdfReading.fonts(document);

            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
            assertThat(fonts).extracting(PDFont::getName)
                    .allMatch(name -> name.matches("[A-Z]{6}\\+BIZUD(Mincho|Gothic)-Regular"), "a subset of a BIZ UD face")
                    .anyMatch(name -> name.endsWith("BIZUDMincho-Regular"));
        }
    }

    @Test
    void addressesTheOrganisationWhenThereIsNoContactPerson() throws IOException {
        String text = PdfReading.text(letter(letterTo("有限会社﨑山商店", null)));

        assertThat(text).contains("有限会社﨑山商店　御中").doesNotContain("様");
    }

    @Test
    void keepsEverythingOnOneA4PageEvenWithLongEntries() throws IOException {
        RenewalLetter base = aLetterToTakasakiPharmacy();
        RenewalLetter wordy = new RenewalLetter(base.date(), base.regionName(),
                "社会福祉法人髙﨑会　特別養護老人ホーム髙﨑の里　地域交流スペース運営委員会", "総務課長　髙﨑 一郎",
                base.fiscalYear(), 12, 144_000,
                List.of("① 店頭への協賛ステッカーの掲示", "② 見守り通信（年4回発行・全戸配布）への事業所名とロゴの掲載",
                        "③ 地域づくりセミナーへのご招待", "④ 年次報告会での感謝状の贈呈", "⑤ ホームページへの掲載"),
                base.howToAnswer() + base.howToAnswer(), base.dueDate(), base.sender());

        try (PDDocument document = PdfReading.load(letter(wordy))) {
            List<PdfReading.Glyph> glyphs = PdfReading.glyphs(document, 1);

            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(glyphs).allSatisfy(g -> {
                assertThat(g.baseline()).isBetween(15f, 287f);
                assertThat(g.right()).isLessThanOrEqualTo(185.5f);
            });
            assertThat(glyphs.get(glyphs.size() - 1).text()).isEqualTo("上");
        }
    }

    private static byte[] letter(RenewalLetter letter) throws IOException {
        return PdfReading.written(out -> MailMerge.write(out, List.of(letter)));
    }
}
