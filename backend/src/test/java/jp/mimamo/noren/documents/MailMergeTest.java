package jp.mimamo.noren.documents;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MailMergeTest {

    @Test
    void writesOneLetterPerPageInOrder() throws IOException {
        byte[] pdf = PdfReading.written(out -> MailMerge.write(out, RenewalLetterFixtures.numbered(12)));

        try (PDDocument document = PdfReading.load(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(12);
            for (int i = 1; i <= 12; i++) {
                assertThat(PdfReading.pageText(document, i)).contains("協賛事業所" + i + "号㈱", "拝啓", "以上")
                        .contains(i % 2 == 0 ? "御中" : "髙﨑 " + i + "　様");
            }
        }
    }

    @Test
    void embedsEachFaceOnceForTheWholeMerge() throws IOException {
        byte[] pdf = PdfReading.written(out -> MailMerge.write(out, RenewalLetterFixtures.numbered(20)));

        try (PDDocument document = PdfReading.load(pdf)) {
            Set<Object> fontObjects = new HashSet<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fontObjects.add(((COSObject) page.getResources().getCOSObject().getCOSDictionary(COSName.FONT).getItem(name)).getKey());
                }
            }
            assertThat(fontObjects).hasSize(2);
            assertThat(PdfReading.fonts(document)).allMatch(PDFont::isEmbedded);
        }
    }
}
