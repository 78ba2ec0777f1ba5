package jp.mimamo.noren.documents;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class JapanesePdfTest {
    private static final TextStyle GOTHIC = TextStyle.gothic(10);

    @Test
    void printsACharacterTheFontsLackAsAGetaMark() throws IOException {
        byte[] pdf = onePage(page -> page.text(20, 20, "𠮷野家　髙﨑①㈱", GOTHIC));

        assertThat(PdfReading.text(pdf)).contains("〓野家　髙﨑①㈱");
    }

    @Test
    void printsTheBaseCharacterOfAnIdeographicVariationSequence() throws IOException {
        byte[] pdf = onePage(page -> page.text(20, 20, "葛\uDB40\uDD00飾区", GOTHIC));

        assertThat(PdfReading.text(pdf)).contains("葛飾区").doesNotContain("〓");
    }

    @Test
    void embedsOnlyTheFacesAPageUses() throws IOException {
        try (PDDocument document = PdfReading.load(onePage(page -> page.text(20, 20, "領収書", GOTHIC)))) {
            assertThat(PdfReading.fonts(document)).extracting(PDFont::getName)
                    .singleElement().asString().matches("[A-Z]{6}\\+BIZUDGothic-Regular");
        }
    }

    @Test
    void rightAlignsYenAmountsOnTheGivenEdge() throws IOException {
        try (PDDocument document = PdfReading.load(onePage(page -> page.yen(150, 20, 1_234_567, GOTHIC)))) {
            List<PdfReading.Glyph> glyphs = PdfReading.glyphs(document, 1);

            assertThat(glyphs).extracting(PdfReading.Glyph::text).containsExactly("¥", "1", ",", "2", "3", "4", ",", "5", "6", "7");
            assertThat(glyphs.get(glyphs.size() - 1).right()).isCloseTo(150f, within(0.2f));
        }
    }

    @Test
    void wrapsAParagraphWithinItsWidthAndReturnsTheYBelowIt() throws IOException {
        String text = "平素は見守り活動に格別のご理解とご協力を賜り、厚く御礼申し上げます。".repeat(3);
        float[] bottom = new float[1];
        try (PDDocument document = PdfReading.load(onePage(page -> bottom[0] = page.paragraph(30, 40, 50, text, GOTHIC)))) {
            List<PdfReading.Glyph> glyphs = PdfReading.glyphs(document, 1);
            long lines = glyphs.stream().map(PdfReading.Glyph::baseline).distinct().count();

            assertThat(lines).isGreaterThan(3);
            assertThat(glyphs).allSatisfy(g -> assertThat(g.left()).isGreaterThanOrEqualTo(29.9f))
                    .allSatisfy(g -> assertThat(g.right()).isLessThanOrEqualTo(80.1f));
            assertThat(glyphs).noneMatch(g -> g.text().equals("、") && g.left() < 30.1f);
            assertThat(bottom[0]).isCloseTo(40 + lines * GOTHIC.lineMillimetres(), within(0.01f));
        }
    }

    @Test
    void growsATableRowToItsTallestCell() throws IOException {
        Table table = Table.of(Table.Column.label(30), Table.Column.text(60), Table.Column.amount(30))
                .row("品目", "内容", "金額")
                .row("協賛金", "令和8年度\n2口\n（4月〜3月）", "¥24,000");
        float[] bottom = new float[1];
        String text = PdfReading.text(onePage(page -> bottom[0] = page.table(20, 50, table, GOTHIC)));

        assertThat(text).contains("令和8年度", "（4月〜3月）", "¥24,000");
        assertThat(bottom[0]).isCloseTo(50 + 4 * GOTHIC.lineMillimetres() + 4 * 1.5f, within(0.01f));
    }

    @Test
    void drawsOneImageOnManyPagesFromASingleCopy() throws IOException {
        byte[] seal = sealPng();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JapanesePdf pdf = JapanesePdf.open(out, "領収書")) {
            PdfImage image = pdf.image(seal);
            for (int i = 0; i < 3; i++) {
                pdf.page(PageSize.A4_PORTRAIT, page -> assertThat(page.image(image, 160, 30, 20)).isCloseTo(50, within(0.01f)));
            }
        }
        try (PDDocument document = PdfReading.load(out.toByteArray())) {
            Set<Object> images = new HashSet<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    images.add(((COSObject) page.getResources().getCOSObject().getCOSDictionary(COSName.XOBJECT).getItem(name)).getKey());
                }
            }
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            assertThat(images).hasSize(1);
        }
    }

    @Test
    void makesPagesOfTheNamedSizes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JapanesePdf pdf = JapanesePdf.open(out, "サイズ")) {
            for (PageSize size : PageSize.values()) {
                pdf.page(size, page -> page.rectangle(5, 5, page.width() - 10, page.height() - 10));
            }
        }
        try (PDDocument document = PdfReading.load(out.toByteArray())) {
            assertThat(millimetres(document.getPage(0).getMediaBox())).containsExactly(210, 297);
            assertThat(millimetres(document.getPage(1).getMediaBox())).containsExactly(297, 210);
            assertThat(millimetres(document.getPage(2).getMediaBox())).containsExactly(100, 148);
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ja-JP");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("サイズ");
        }
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        boolean[] closed = new boolean[1];
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        try (JapanesePdf pdf = JapanesePdf.open(out, "テスト")) {
            pdf.page(PageSize.POSTCARD, page -> page.text(10, 10, "暑中お見舞い申し上げます", GOTHIC));
        }

        assertThat(closed[0]).isFalse();
        assertThat(PdfReading.text(out.toByteArray())).contains("暑中お見舞い申し上げます");
    }

    @Test
    void writesNothingWhenAPageFails() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> MailMerge.write(out, "差し込み", PageSize.A4_PORTRAIT, List.of("一", "二", "三"), (page, item) -> {
            if (item.equals("三")) {
                throw new IllegalStateException("宛先が不正です");
            }
            page.text(20, 20, item, GOTHIC);
        })).isInstanceOf(IllegalStateException.class);
        assertThat(out.size()).isZero();
    }

    private static int[] millimetres(PDRectangle box) {
        return new int[] {Math.round(box.getWidth() / 72 * 25.4f), Math.round(box.getHeight() / 72 * 25.4f)};
    }

    private static byte[] onePage(Consumer<Page> drawing) throws IOException {
        return PdfReading.written(out -> {
            try (JapanesePdf pdf = JapanesePdf.open(out, "テスト")) {
                pdf.page(PageSize.A4_PORTRAIT, drawing);
            }
        });
    }

    /** A red ring, as a 印影 scanned with a transparent background. */
    private static byte[] sealPng() throws IOException {
        BufferedImage image = new BufferedImage(120, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 30, 30));
        g.fillOval(5, 5, 110, 110);
        g.setComposite(java.awt.AlphaComposite.Clear);
        g.fillOval(15, 15, 90, 90);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }
}
