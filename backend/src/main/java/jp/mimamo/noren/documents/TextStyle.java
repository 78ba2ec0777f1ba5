package jp.mimamo.noren.documents;

import java.util.Objects;

/**
 * A face, a size in points and the height of one line as a multiple of the size. A line of text occupies
 * {@code size × lineHeight} points, with the glyphs' em box centred in it, so lines set one below the other
 * at that pitch never touch.
 */
public record TextStyle(JapaneseFont font, float size, float lineHeight) {
    private static final float DEFAULT_LINE_HEIGHT = 1.5f;

    public TextStyle {
        Objects.requireNonNull(font, "font");
        if (size <= 0 || lineHeight < 1) {
            throw new IllegalArgumentException("size must be positive and lineHeight at least 1");
        }
    }

    public static TextStyle mincho(float size) {
        return new TextStyle(JapaneseFont.MINCHO, size, DEFAULT_LINE_HEIGHT);
    }

    public static TextStyle gothic(float size) {
        return new TextStyle(JapaneseFont.GOTHIC, size, DEFAULT_LINE_HEIGHT);
    }

    public TextStyle withLineHeight(float multiple) {
        return new TextStyle(font, size, multiple);
    }

    /** The height of one line in millimetres. */
    public float lineMillimetres() {
        return Units.toMillimetres(size * lineHeight);
    }
}
