package jp.mimamo.noren.documents;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class TextLetterTest {
    private static final LocalDate SENT = LocalDate.of(2026, 4, 1);

    @Test
    void printsTheDateTheTitleAndTheTextAsWritten() throws IOException {
        TextLetter letter = new TextLetter(SENT, "みま～も大田 協賛継続のお願い（令和8年度）",
                "㈱髙﨑薬局\n髙﨑 一郎 様\n\n拝啓　時下ますますご清栄のこととお慶び申し上げます。\n\n敬具\n\nみま～も大田\n");

        try (PDDocument pdf = PdfReading.load(PdfReading.written(out -> MailMerge.writeTextLetters(out, "協賛継続のお願い", List.of(letter))))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(PdfReading.pageText(pdf, 1)).contains("令和8年4月1日", "協賛継続のお願い（令和8年度）", "㈱髙﨑薬局", "髙﨑 一郎 様", "拝啓", "敬具");
        }
    }

    @Test
    void aTextLongerThanAPageGoesOnToTheNextAndTheNextLetterStartsOnItsOwnPage() throws IOException {
        String longText = IntStream.rangeClosed(1, 60).mapToObj(i -> "第" + i + "行").collect(Collectors.joining("\n"));
        List<TextLetter> letters = List.of(new TextLetter(SENT, null, longText), new TextLetter(SENT, "二通目", "短い手紙"));

        try (PDDocument pdf = PdfReading.load(PdfReading.written(out -> MailMerge.writeTextLetters(out, "長い手紙", letters)))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(3);
            assertThat(PdfReading.pageText(pdf, 1)).contains("第1行").doesNotContain("第60行");
            assertThat(PdfReading.pageText(pdf, 2)).contains("第60行").doesNotContain("第1行\n");
            assertThat(PdfReading.pageText(pdf, 3)).contains("二通目", "短い手紙");
        }
    }
}
