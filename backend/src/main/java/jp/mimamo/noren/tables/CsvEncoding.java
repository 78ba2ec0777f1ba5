package jp.mimamo.noren.tables;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The encodings a CSV file may be in. Windows-31J (CP932) rather than plain Shift_JIS: 髙, 﨑, ①, ㈱ exist only in
 * CP932, and it is what Japanese Excel means by "Shift_JIS".
 */
public enum CsvEncoding {
    /** UTF-8; written with a byte order mark so that Excel opens it as UTF-8. */
    UTF_8(StandardCharsets.UTF_8, "UTF-8"),
    WINDOWS_31J(Charset.forName("windows-31j"), "Shift_JIS(CP932)");

    private final Charset charset;
    private final String label;

    CsvEncoding(Charset charset, String label) {
        this.charset = charset;
        this.label = label;
    }

    public Charset charset() {
        return charset;
    }

    /** The name people know it by, for messages and choosers. */
    public String label() {
        return label;
    }
}
