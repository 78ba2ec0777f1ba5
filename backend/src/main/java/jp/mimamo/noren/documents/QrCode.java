package jp.mimamo.noren.documents;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.util.Map;

/**
 * A QR code as a square of modules, the standard quiet zone of four modules included. Error correction level M
 * (15 %) survives the scuffs a keychain card gets in a pocket.
 */
final class QrCode {
    static final int QUIET_ZONE = 4;
    private final BitMatrix matrix;

    private QrCode(BitMatrix matrix) {
        this.matrix = matrix;
    }

    static QrCode encode(String text) {
        try {
            return new QrCode(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 1, 1, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.MARGIN, QUIET_ZONE)));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode this text as a QR code", e);
        }
    }

    /** Modules per side. */
    int size() {
        return matrix.getWidth();
    }

    boolean dark(int column, int row) {
        return matrix.get(column, row);
    }
}
