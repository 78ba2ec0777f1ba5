package jp.mimamo.noren.tables;

import jp.mimamo.noren.shared.ProblemType;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.List;
import java.util.Optional;

/**
 * Decodes the bytes of a CSV file in one pass, choosing the encoding on the way:
 * <ol>
 * <li>A UTF-8 byte order mark (what Excel writes for "CSV UTF-8") means UTF-8, whatever was chosen; the mark is not
 *     part of the text.</li>
 * <li>An encoding chosen by the person uploading is used as it is, unless the first 64 KiB show the file is plainly in
 *     the other one (text that is valid UTF-8 when Windows-31J was chosen, or Windows-31J that is not UTF-8 when
 *     UTF-8 was chosen): that file is refused with a message naming both, rather than read as garbled text.</li>
 * <li>Otherwise ASCII is passed on as it comes (both encodings agree on it). At the first byte above 0x7F the next
 *     64 KiB are decoded strictly as UTF-8, then strictly as Windows-31J, and the first that has no error is used for
 *     the whole file. If neither fits, the file is refused before anything is read from it.</li>
 * </ol>
 * Decoding stays strict after the choice: a byte sequence that does not fit later in the file is reported when the
 * reader reaches it (not earlier, so the caller knows the row). Memory stays at one 64 KiB window.
 */
final class CsvCharsetReader extends Reader {
    static final int WINDOW = 64 * 1024;

    private final InputStream in;
    private final ByteBuffer bytes = ByteBuffer.allocate(WINDOW).flip();
    private CsvEncoding encoding;
    private CharsetDecoder decoder;
    private boolean endOfInput;
    private CharacterCodingException pending;
    private boolean chosen;

    CsvCharsetReader(InputStream in, Optional<CsvEncoding> chosen) throws IOException {
        this.in = in;
        fill();
        if (startsWithByteOrderMark()) {
            bytes.position(3);
            use(CsvEncoding.UTF_8);
        } else if (chosen.isPresent()) {
            use(chosen.get());
            this.chosen = true;
            refuseTheOtherEncoding(chosen.get());
        }
    }

    /** The encoding in use; a file that has been all ASCII so far counts as UTF-8. */
    CsvEncoding encoding() {
        return encoding == null ? CsvEncoding.UTF_8 : encoding;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (pending != null) {
            CharacterCodingException e = pending;
            pending = null;
            throw e;
        }
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(target, offset, length);
        while (out.position() == offset) {
            if (!bytes.hasRemaining()) {
                if (endOfInput) {
                    return -1;
                }
                fill();
            } else if (decoder == null) {
                copyAscii(out);
                if (out.position() == offset) {
                    use(detect());
                }
            } else {
                CoderResult result = decoder.decode(bytes, out, endOfInput);
                if (result.isError()) {
                    CharacterCodingException e = chosen ? new NotInChosenEncoding() : codingError(result);
                    if (out.position() > offset) {
                        pending = e;
                        break;
                    }
                    throw e;
                }
                if (result.isUnderflow() && out.position() == offset && !endOfInput) {
                    fill();
                }
            }
        }
        return out.position() - offset;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void copyAscii(CharBuffer out) {
        byte[] array = bytes.array();
        int from = bytes.position();
        int to = from + Math.min(bytes.remaining(), out.remaining());
        int i = from;
        while (i < to && array[i] >= 0) {
            out.put((char) array[i]);
            i++;
        }
        bytes.position(i);
    }

    private CsvEncoding detect() throws IOException {
        if (bytes.remaining() < WINDOW && !endOfInput) {
            fill();
        }
        for (CsvEncoding candidate : List.of(CsvEncoding.UTF_8, CsvEncoding.WINDOWS_31J)) {
            if (fits(candidate)) {
                return candidate;
            }
        }
        throw TableException.file(ProblemType.VALIDATION, "problem.table.encoding");
    }

    private void refuseTheOtherEncoding(CsvEncoding chosen) {
        boolean ascii = true;
        for (int i = bytes.position(); i < bytes.limit() && ascii; i++) {
            ascii = bytes.get(i) >= 0;
        }
        if (ascii) {
            return;
        }
        CsvEncoding other = chosen == CsvEncoding.UTF_8 ? CsvEncoding.WINDOWS_31J : CsvEncoding.UTF_8;
        boolean fitsChosen = fits(chosen);
        if ((chosen == CsvEncoding.WINDOWS_31J || !fitsChosen) && fits(other)) {
            throw TableException.file(ProblemType.VALIDATION, "problem.table.chosenEncodingMismatch", chosen.label(), other.label());
        }
    }

    private boolean fits(CsvEncoding candidate) {
        return !strict(candidate).decode(bytes.duplicate(), CharBuffer.allocate(bytes.remaining()), endOfInput).isError();
    }

    /** Bytes that do not fit the encoding the person chose (as opposed to one that was detected). */
    static final class NotInChosenEncoding extends CharacterCodingException {
    }

    private void use(CsvEncoding chosen) {
        encoding = chosen;
        decoder = strict(chosen);
    }

    private static CharsetDecoder strict(CsvEncoding encoding) {
        return encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static CharacterCodingException codingError(CoderResult result) {
        try {
            result.throwException();
        } catch (CharacterCodingException e) {
            return e;
        }
        return new CharacterCodingException();
    }

    private boolean startsWithByteOrderMark() {
        return bytes.remaining() >= 3 && bytes.get(0) == (byte) 0xEF && bytes.get(1) == (byte) 0xBB && bytes.get(2) == (byte) 0xBF;
    }

    /** Moves the unread bytes to the front and reads until the window is full or the file ends. */
    private void fill() throws IOException {
        bytes.compact();
        try {
            while (bytes.hasRemaining() && !endOfInput) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    endOfInput = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
            }
        } finally {
            bytes.flip();
        }
    }
}
