package jp.mimamo.noren.documents;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One page being drawn. Positions and lengths are millimetres from the page's top-left corner; a text position
 * is the top of its line box (see {@link TextStyle}). Methods that set text down return the y just below it, so
 * a layout reads top to bottom. Failures of the underlying stream surface as {@link UncheckedIOException}.
 */
public final class Page {
    private static final float RULE_POINTS = 0.5f;
    private static final float CELL_PADDING = 1.5f;
    private static final float SHADE = 0.92f;

    private final PDPageContentStream content;
    private final Fonts fonts;
    private final PageSize size;

    Page(PDPageContentStream content, Fonts fonts, PageSize size) {
        this.content = content;
        this.fonts = fonts;
        this.size = size;
    }

    public float width() {
        return size.width();
    }

    public float height() {
        return size.height();
    }

    /** Width of the text as it would be printed on one line, in millimetres. */
    public float textWidth(String text, TextStyle style) {
        EmbeddedFont font = fonts.get(style.font());
        return Units.toMillimetres(font.width(font.printable(text)) * style.size());
    }

    /** One line starting at x. */
    public float text(float x, float y, String text, TextStyle style) {
        EmbeddedFont font = fonts.get(style.font());
        show(font, font.printable(text), x, y, style);
        return y + style.lineMillimetres();
    }

    /** One line ending at {@code right}: dates, signatures, 敬具. */
    public float textRight(float right, float y, String text, TextStyle style) {
        return text(right - textWidth(text, style), y, text, style);
    }

    /** One line centred on {@code centre}: titles, 記. */
    public float textCentred(float centre, float y, String text, TextStyle style) {
        return text(centre - textWidth(text, style) / 2, y, text, style);
    }

    /** An amount of money ending at {@code right}, as ¥12,000. */
    public float yen(float right, float y, long amount, TextStyle style) {
        return textRight(right, y, Yen.format(amount), style);
    }

    /** Text wrapped within {@code width} by the Japanese line-breaking rules of {@link LineBreaker}. */
    public float paragraph(float x, float y, float width, String text, TextStyle style) {
        float lineY = y;
        for (String line : wrap(text, width, style)) {
            lineY = text(x, lineY, line, style);
        }
        return lineY;
    }

    /** The lines {@link #paragraph} would set, already made printable. */
    public List<String> wrap(String text, float width, TextStyle style) {
        EmbeddedFont font = fonts.get(style.font());
        String printable = String.join("\n", text.lines().map(font::printable).toList());
        return LineBreaker.lines(printable, Units.toPoints(width) / style.size(), font::width);
    }

    /** A bordered table; cells wrap their text and a row is as tall as its tallest cell. It does not break across pages. */
    public float table(float x, float y, Table table, TextStyle style) {
        float rowY = y;
        for (Table.Row row : table.rows()) {
            rowY = row(x, rowY, table.columns(), row, style);
        }
        return rowY;
    }

    private float row(float x, float y, List<Table.Column> columns, Table.Row row, TextStyle style) {
        List<String> cells = row.cells();
        int lines = 1;
        for (int i = 0; i < columns.size(); i++) {
            lines = Math.max(lines, wrap(cells.get(i), columns.get(i).width() - 2 * CELL_PADDING, style).size());
        }
        float height = lines * style.lineMillimetres() + 2 * CELL_PADDING;
        float cellX = x;
        for (int i = 0; i < columns.size(); i++) {
            Table.Column column = columns.get(i);
            if (column.shaded() || row.shaded()) {
                fill(cellX, y, column.width(), height);
            }
            rectangle(cellX, y, column.width(), height);
            cell(cellX, y + CELL_PADDING, column, cells.get(i), style);
            cellX += column.width();
        }
        return y + height;
    }

    private void cell(float x, float y, Table.Column column, String text, TextStyle style) {
        float inner = column.width() - 2 * CELL_PADDING;
        float lineY = y;
        for (String line : wrap(text, inner, style)) {
            lineY = switch (column.align()) {
                case LEFT -> text(x + CELL_PADDING, lineY, line, style);
                case CENTRE -> textCentred(x + column.width() / 2, lineY, line, style);
                case RIGHT -> textRight(x + column.width() - CELL_PADDING, lineY, line, style);
            };
        }
    }

    /** A horizontal rule of the given width. */
    public void rule(float x, float y, float width) {
        draw(() -> {
            content.setLineWidth(RULE_POINTS);
            content.moveTo(pdfX(x), pdfY(y));
            content.lineTo(pdfX(x + width), pdfY(y));
            content.stroke();
        });
    }

    /** The outline of a rectangle whose top-left corner is at (x, y). */
    public void rectangle(float x, float y, float width, float height) {
        draw(() -> {
            content.setLineWidth(RULE_POINTS);
            content.addRect(pdfX(x), pdfY(y + height), Units.toPoints(width), Units.toPoints(height));
            content.stroke();
        });
    }

    private void fill(float x, float y, float width, float height) {
        draw(() -> {
            content.setNonStrokingColor(SHADE);
            content.addRect(pdfX(x), pdfY(y + height), Units.toPoints(width), Units.toPoints(height));
            content.fill();
            content.setNonStrokingColor(0f);
        });
    }

    /** An image {@code width} wide, its height following its proportions. Returns the y below it. */
    public float image(PdfImage image, float x, float y, float width) {
        float height = width * image.aspectRatio();
        draw(() -> content.drawImage(image.image(), pdfX(x), pdfY(y + height), Units.toPoints(width), Units.toPoints(height)));
        return y + height;
    }

    /**
     * A QR code encoding {@code text}, {@code size} wide and high with its quiet zone, its top-left corner at (x, y).
     * Drawn as vector squares, one per run of dark modules in a row, so it stays sharp at any print resolution.
     */
    public void qrCode(float x, float y, float size, String text) {
        QrCode code = QrCode.encode(text);
        float module = size / code.size();
        draw(() -> {
            for (int row = 0; row < code.size(); row++) {
                int column = 0;
                while (column < code.size()) {
                    if (!code.dark(column, row)) {
                        column++;
                        continue;
                    }
                    int start = column;
                    while (column < code.size() && code.dark(column, row)) {
                        column++;
                    }
                    content.addRect(pdfX(x + start * module), pdfY(y + (row + 1) * module),
                            Units.toPoints((column - start) * module), Units.toPoints(module));
                }
            }
            content.fill();
        });
    }

    /** A straight line from (x1, y1) to (x2, y2); dashed when {@code dash} (millimetres of ink, then of gap) is positive. */
    public void line(float x1, float y1, float x2, float y2, float dash) {
        draw(() -> {
            content.setLineWidth(RULE_POINTS);
            if (dash > 0) {
                content.setLineDashPattern(new float[]{Units.toPoints(dash), Units.toPoints(dash)}, 0);
            }
            content.moveTo(pdfX(x1), pdfY(y1));
            content.lineTo(pdfX(x2), pdfY(y2));
            content.stroke();
            if (dash > 0) {
                content.setLineDashPattern(new float[]{}, 0);
            }
        });
    }

    private void show(EmbeddedFont font, String printable, float x, float y, TextStyle style) {
        if (printable.isBlank()) {
            return;
        }
        float points = style.size();
        float halfLeading = (points * style.lineHeight() - font.emHeight() * points) / 2;
        float baseline = Units.toPoints(y) + halfLeading + font.ascent() * points;
        draw(() -> {
            content.beginText();
            content.setFont(font.font(), points);
            content.newLineAtOffset(pdfX(x), Units.toPoints(size.height()) - baseline);
            content.showText(printable);
            content.endText();
        });
    }

    private float pdfX(float x) {
        return Units.toPoints(x);
    }

    private float pdfY(float y) {
        return Units.toPoints(size.height() - y);
    }

    private static void draw(Drawing drawing) {
        try {
            drawing.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Drawing {
        void run() throws IOException;
    }
}
