package jp.mimamo.noren.tables;

import jp.mimamo.noren.shared.Messages;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * A file that cannot be read as a table (wrong encoding, broken quoting, too large). Nothing of the file should be
 * written when this is thrown; {@link #row()} tells which row, when the problem has one.
 */
public final class TableException extends ProblemException {
    private final int row;

    private TableException(ProblemType type, int row, String detailKey, Object... detailArgs) {
        super(type, detailKey, detailArgs);
        this.row = row;
    }

    static TableException file(ProblemType type, String detailKey, Object... detailArgs) {
        return new TableException(type, 0, detailKey, detailArgs);
    }

    /** A problem in one row: the message key's first argument is the row number. */
    static TableException atRow(int row, String detailKey, Object... moreArgs) {
        Object[] args = new Object[moreArgs.length + 1];
        args[0] = row;
        System.arraycopy(moreArgs, 0, args, 1, moreArgs.length);
        return new TableException(ProblemType.VALIDATION, row, detailKey, args);
    }

    /** The 1-based row the problem was found in, as a spreadsheet numbers it. */
    public OptionalInt row() {
        return row > 0 ? OptionalInt.of(row) : OptionalInt.empty();
    }

    public String message(Locale locale) {
        return Messages.get(locale, detailKey(), detailArgs());
    }
}
