package jp.mimamo.noren.documents;

import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A PNG or JPEG added once to a document (a seal 印影, a logo) and drawn on any number of its pages: the file
 * holds the picture once however many letters show it.
 */
public final class PdfImage {
    private final PDImageXObject image;

    PdfImage(PDImageXObject image) {
        this.image = image;
    }

    PDImageXObject image() {
        return image;
    }

    /** Height divided by width. */
    public float aspectRatio() {
        return (float) image.getHeight() / image.getWidth();
    }
}
