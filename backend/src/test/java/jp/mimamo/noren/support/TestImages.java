package jp.mimamo.noren.support;

import javax.imageio.ImageIO;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Image files as a region would upload them: a seal (印影) in PNG or JPEG, and files that are not one. */
public final class TestImages {
    private TestImages() {
    }

    /** A red ring on a transparent background, as a scanned 印影 is usually cleaned up. */
    public static byte[] sealPng() {
        return write(seal(BufferedImage.TYPE_INT_ARGB, true), "png");
    }

    /** The same ring on white, as a camera or scanner gives it. */
    public static byte[] sealJpeg() {
        return write(seal(BufferedImage.TYPE_INT_RGB, false), "jpeg");
    }

    /** A valid picture in a format that is not accepted. */
    public static byte[] sealGif() {
        return write(seal(BufferedImage.TYPE_INT_RGB, false), "gif");
    }

    private static BufferedImage seal(int type, boolean transparent) {
        BufferedImage image = new BufferedImage(120, 120, type);
        Graphics2D g = image.createGraphics();
        if (!transparent) {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 120, 120);
        }
        g.setColor(new Color(200, 30, 30));
        g.fillOval(5, 5, 110, 110);
        if (transparent) {
            g.setComposite(AlphaComposite.Clear);
        } else {
            g.setColor(Color.WHITE);
        }
        g.fillOval(15, 15, 90, 90);
        g.dispose();
        return image;
    }

    private static byte[] write(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
