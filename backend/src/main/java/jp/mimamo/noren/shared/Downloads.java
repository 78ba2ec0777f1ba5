package jp.mimamo.noren.shared;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The Content-Disposition of a file the browser saves: an ASCII name for old clients and the Japanese one (RFC 6266). */
public final class Downloads {
    private Downloads() {
    }

    /** {@code attachment; filename="receipt-2026.pdf"; filename*=UTF-8''%E9%A0%98…} */
    public static String attachment(String asciiName, String name) {
        return "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
