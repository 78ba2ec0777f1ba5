package jp.mimamo.noren.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/** The font files read once from the classpath and kept for every later document (about 6 MB per face used). */
final class FontFiles {
    private static final Map<JapaneseFont, byte[]> LOADED = new EnumMap<>(JapaneseFont.class);

    private FontFiles() {
    }

    static synchronized byte[] bytes(JapaneseFont font) {
        return LOADED.computeIfAbsent(font, FontFiles::read);
    }

    private static byte[] read(JapaneseFont font) {
        try (InputStream in = FontFiles.class.getClassLoader().getResourceAsStream(font.resource())) {
            if (in == null) {
                throw new IllegalStateException(font.resource() + " is not on the classpath: the Maven build puts it"
                        + " there (backend/tools/fetch-fonts.sh)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
