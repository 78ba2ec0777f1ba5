package jp.mimamo.noren.billing;

import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * An uploaded seal image that has been decoded in full, so that whatever is stored can be printed. The size is read
 * from the header first: a small file claiming a huge picture is refused before any pixel is decoded.
 */
record SealImage(byte[] bytes, String mediaType, int width, int height) {
    static final int MAX_BYTES = 1024 * 1024;
    static final int MIN_SIDE = 16;
    static final int MAX_SIDE = 4000;
    private static final Map<String, String> MEDIA_TYPES = Map.of("png", "image/png", "jpeg", "image/jpeg");

    static SealImage read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "problem.seal.tooLarge");
        }
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "problem.seal.type");
            }
            ImageReader reader = readers.next();
            try {
                String mediaType = MEDIA_TYPES.get(reader.getFormatName().toLowerCase(java.util.Locale.ROOT));
                if (mediaType == null) {
                    throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "problem.seal.type");
                }
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (Math.min(width, height) < MIN_SIDE || Math.max(width, height) > MAX_SIDE) {
                    throw new ProblemException(ProblemType.VALIDATION, "problem.seal.dimensions", MIN_SIDE, MAX_SIDE, width, height);
                }
                reader.read(0);
                return new SealImage(bytes, mediaType, width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw new ProblemException(ProblemType.VALIDATION, "problem.seal.unreadable");
        }
    }
}
