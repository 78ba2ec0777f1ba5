package jp.mimamo.noren.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads back what documents/ wrote, as a person's PDF viewer would. */
final class PdfReading {
    private PdfReading() {
    }

    interface Writing {
        void to(ByteArrayOutputStream out) throws IOException;
    }

    static byte[] written(Writing writing) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writing.to(out);
        return out.toByteArray();
    }

    static PDDocument load(byte[] pdf) throws IOException {
        return Loader.loadPDF(pdf);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = load(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static String pageText(PDDocument document, int pageNumber) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(pageNumber);
        stripper.setEndPage(pageNumber);
        return stripper.getText(document);
    }

    /** Every font every page uses. */
    static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    /** Where each printed character sits: its text and its bottom edge in millimetres from the top of the page. */
    static List<Glyph> glyphs(PDDocument document, int pageNumber) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    glyphs.add(new Glyph(p.getUnicode(), p.getXDirAdj() / 72 * 25.4f,
                            (p.getXDirAdj() + p.getWidthDirAdj()) / 72 * 25.4f, p.getYDirAdj() / 72 * 25.4f));
                }
            }
        };
        stripper.setStartPage(pageNumber);
        stripper.setEndPage(pageNumber);
        stripper.getText(document);
        return glyphs;
    }

    /** A printed character: left and right edge and baseline, in millimetres from the page's top-left corner. */
    record Glyph(String text, float left, float right, float baseline) {
    }
}
