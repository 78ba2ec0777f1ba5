package jp.mimamo.noren.documents;

import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.Closeable;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

/** The faces of one document, each loaded the first time a page uses it, so unused faces are not embedded. */
final class Fonts implements Closeable {
    private final PDDocument document;
    private final Map<JapaneseFont, EmbeddedFont> loaded = new EnumMap<>(JapaneseFont.class);

    Fonts(PDDocument document) {
        this.document = document;
    }

    EmbeddedFont get(JapaneseFont face) {
        return loaded.computeIfAbsent(face, f -> EmbeddedFont.load(document, f));
    }

    @Override
    public void close() throws IOException {
        for (EmbeddedFont font : loaded.values()) {
            font.close();
        }
    }
}
