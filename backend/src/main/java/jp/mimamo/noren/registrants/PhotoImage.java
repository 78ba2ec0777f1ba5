package jp.mimamo.noren.registrants;

import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;

/**
 * An uploaded photo made safe to keep: decoded in full (a file that does not decode is refused), scaled down to
 * at most {@value #MAX_SIDE} px on its longer side, and written again from its pixels, so that no EXIF, location
 * or other metadata of the original survives. A JPEG stays a JPEG; a PNG stays a PNG (it may be a drawing with
 * transparency).
 */
final class PhotoImage {
    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_SIDE = 800;
    /** Larger pictures are refused from their header, before any pixel is decoded. */
    static final int MAX_SOURCE_SIDE = 12_000;

    private PhotoImage() {
    }

    static RegistrantPhoto.Image clean(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        if (bytes.length == 0) {
            throw new ProblemException(ProblemType.VALIDATION, "problem.photo.unreadable");
        }
        String format;
        BufferedImage decoded;
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "problem.photo.type");
            }
            ImageReader reader = readers.next();
            try {
                format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!format.equals("jpeg") && !format.equals("png")) {
                    throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "problem.photo.type");
                }
                reader.setInput(input, true, true);
                if (Math.max(reader.getWidth(0), reader.getHeight(0)) > MAX_SOURCE_SIDE) {
                    throw new ProblemException(ProblemType.VALIDATION, "problem.photo.unreadable");
                }
                decoded = reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ProblemException(ProblemType.VALIDATION, "problem.photo.unreadable");
        }
        boolean png = format.equals("png");
        BufferedImage scaled = scale(decoded, png);
        return new RegistrantPhoto.Image(write(scaled, png ? "png" : "jpeg"), png ? "image/png" : "image/jpeg",
                scaled.getWidth(), scaled.getHeight());
    }

    static ProblemException tooLarge() {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "problem.photo.tooLarge", MAX_BYTES / (1024 * 1024));
    }

    private static BufferedImage scale(BufferedImage source, boolean keepAlpha) {
        double factor = Math.min(1.0, (double) MAX_SIDE / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(source.getHeight() * factor));
        BufferedImage target = new BufferedImage(width, height, keepAlpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (!keepAlpha) {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] write(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No image writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
