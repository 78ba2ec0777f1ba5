package jp.mimamo.noren.documents;

/**
 * The issuer as invoices and receipts print it, right-aligned: name, registration number, and the seal to the right
 * of the name, where a 角印 is pressed. The seal is drawn beside the text, never over it, so an opaque JPEG cannot
 * hide the name.
 */
final class IssuerBlock {
    static final float SEAL_WIDTH = 18;
    private static final TextStyle NAME = TextStyle.mincho(12);
    private static final TextStyle NUMBER = TextStyle.mincho(9);

    private IssuerBlock() {
    }

    /** Draws the block with its text ending at {@code right} and the seal beyond it. Returns the y below it. */
    static float draw(Page page, float right, float y, Issuer issuer, PdfImage seal) {
        float textRight = seal == null ? right : right - SEAL_WIDTH - 2;
        float next = page.textRight(textRight, y, issuer.name(), NAME);
        if (issuer.registrationNumber() != null) {
            next = page.textRight(textRight, next, "登録番号　" + issuer.registrationNumber(), NUMBER);
        }
        if (seal != null) {
            float sealTop = y - 3;
            float width = Math.min(SEAL_WIDTH, SEAL_WIDTH / Math.max(seal.aspectRatio(), 1f));
            next = Math.max(next, page.image(seal, right - width, sealTop, width));
        }
        return next;
    }
}
