package jp.mimamo.noren.documents;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A PDF being written to an output stream, page after page. Each page is finished when drawn and its content is
 * kept in PDFBox's temporary-file stream cache, so memory grows by a few kilobytes per page (about 6 KB for a
 * letter) over a fixed base that holds the fonts; the fonts are embedded, subset to the glyphs used, once for the
 * whole document when it is closed. Closing writes the file and deletes the temporary one; it does not close the
 * caller's stream. Not thread-safe.
 *
 * <pre>{@code
 * try (JapanesePdf pdf = JapanesePdf.open(out, "領収書")) {
 *     pdf.page(PageSize.A4_PORTRAIT, page -> page.text(20, 20, "領収書", TextStyle.gothic(18)));
 * }
 * }</pre>
 */
public final class JapanesePdf implements AutoCloseable {
    private static final String CREATOR = "みま～も Noren";

    private final PDDocument document;
    private final Fonts fonts;
    private final OutputStream out;
    private boolean failed;

    private JapanesePdf(OutputStream out, String title) {
        this.out = out;
        this.document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
        this.fonts = new Fonts(document);
        document.getDocumentCatalog().setLanguage("ja-JP");
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator(CREATOR);
        info.setCreationDate(Calendar.getInstance());
    }

    /** Starts a document that {@link #close()} writes to {@code out}. */
    public static JapanesePdf open(OutputStream out, String title) {
        return new JapanesePdf(Objects.requireNonNull(out, "out"), Objects.requireNonNull(title, "title"));
    }

    /** Adds a page of the given size and lets {@code drawing} fill it; the page is finished when it returns. */
    public void page(PageSize size, Consumer<Page> drawing) throws IOException {
        PDPage page = new PDPage(new PDRectangle(Units.toPoints(size.width()), Units.toPoints(size.height())));
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.OVERWRITE, true)) {
            drawing.accept(new Page(content, fonts, size));
        } catch (IOException | RuntimeException e) {
            failed = true;
            throw e;
        }
    }

    /** Adds a PNG or JPEG (recognised by its content) that pages of this document may draw any number of times. */
    public PdfImage image(byte[] pngOrJpeg) throws IOException {
        return new PdfImage(PDImageXObject.createFromByteArray(document, pngOrJpeg, "image"));
    }

    /**
     * Writes the document to the stream given to {@link #open} and releases its temporary file. A document one of
     * whose pages failed is not written: half a mail merge must not reach the printer.
     */
    @Override
    public void close() throws IOException {
        try (PDDocument closing = document; Fonts closingFonts = fonts) {
            if (failed) {
                return;
            }
            OutputStream buffered = new BufferedOutputStream(new KeepOpen(out));
            closing.save(buffered);
            buffered.flush();
        }
    }

    /** PDFBox closes the stream it saves to; the caller's stream is the caller's to close. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
