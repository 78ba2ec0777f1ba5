package jp.mimamo.noren.documents;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * One face loaded into one document as a Type 0 font whose subset (only the glyphs used) is embedded when the
 * document is saved. Glyph substitution (GSUB) is off: PDFBox would run its Latin ligature worker over Japanese
 * text on every line, which made a 5,000-page merge many times slower and gains nothing for horizontal Japanese.
 */
final class EmbeddedFont implements Closeable {
    /** 〓 (geta mark): what Japanese print uses for a character the type does not have. */
    static final int MISSING = 0x3013;

    private final TrueTypeFont file;
    private final PDType0Font font;
    private final CmapLookup cmap;
    private final float ascent;
    private final float emHeight;
    private final Map<Integer, Float> widths = new HashMap<>();

    private EmbeddedFont(TrueTypeFont file, PDType0Font font) throws IOException {
        this.file = file;
        this.font = font;
        this.cmap = file.getUnicodeCmapLookup();
        PDFontDescriptor descriptor = font.getFontDescriptor();
        this.ascent = descriptor.getAscent() / 1000f;
        this.emHeight = (descriptor.getAscent() - descriptor.getDescent()) / 1000f;
    }

    static EmbeddedFont load(PDDocument document, JapaneseFont face) {
        try {
            TrueTypeFont file = new TTFParser().parse(new RandomAccessReadBuffer(FontFiles.bytes(face)));
            file.setEnableGsub(false);
            return new EmbeddedFont(file, PDType0Font.load(document, file, true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Releases the parsed font file; only after the document is saved, which reads it to build the subset. */
    @Override
    public void close() throws IOException {
        file.close();
    }

    PDType0Font font() {
        return font;
    }

    /**
     * The text as it will be printed: line breaks and tabs become spaces, invisible format characters and variation
     * selectors (an 異体字 selector keeps its base character) are dropped, characters without a glyph become 〓.
     */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) && cp != '\u3000') {
                out.append(' ');
            } else if (!isInvisible(cp)) {
                out.appendCodePoint(cmap.getGlyphId(cp) == 0 ? MISSING : cp);
            }
        }
        return out.toString();
    }

    private static boolean isInvisible(int cp) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                || block == Character.UnicodeBlock.VARIATION_SELECTORS
                || block == Character.UnicodeBlock.VARIATION_SELECTORS_SUPPLEMENT;
    }

    /** Advance width of one printable code point, in ems. */
    float width(int codePoint) {
        return widths.computeIfAbsent(codePoint, cp -> {
            try {
                return font.getStringWidth(new String(Character.toChars(cp))) / 1000f;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Advance width of printable text, in ems. */
    float width(String text) {
        float total = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            total += width(cp);
            i += Character.charCount(cp);
        }
        return total;
    }

    /** Distance from the top of the em box to the baseline, in ems. */
    float ascent() {
        return ascent;
    }

    /** Height of the em box, in ems (1 for these faces). */
    float emHeight() {
        return emHeight;
    }
}
