package jp.mimamo.noren.tables;

import jp.mimamo.noren.shared.ProblemType;

import java.util.Arrays;
import java.util.Locale;

/** The two file formats of imports and exports. */
public enum TableFormat {
    CSV("text/csv", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private final String contentType;
    private final String extension;

    TableFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /**
     * Which reader a file needs. Its first bytes win over its name: an .xlsx renamed to .csv is still read, while
     * an old .xls or a password-protected workbook (both OLE2 containers) is refused with advice.
     */
    static TableFormat of(String fileName, byte[] head) {
        if (startsWith(head, ZIP)) {
            return XLSX;
        }
        if (startsWith(head, OLE2)) {
            throw TableException.file(ProblemType.UNSUPPORTED_MEDIA_TYPE, "problem.table.oldExcel");
        }
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            throw TableException.file(ProblemType.VALIDATION, "problem.table.brokenXlsx");
        }
        if (name.endsWith(".xls")) {
            throw TableException.file(ProblemType.UNSUPPORTED_MEDIA_TYPE, "problem.table.oldExcel");
        }
        if (name.endsWith(".csv")) {
            return CSV;
        }
        throw TableException.file(ProblemType.UNSUPPORTED_MEDIA_TYPE, "problem.table.unsupportedFormat");
    }

    static int headLength() {
        return OLE2.length;
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
