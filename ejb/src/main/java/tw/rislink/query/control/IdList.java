package tw.rislink.query.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import tw.rislink.platform.entity.InvalidInputException;
import tw.rislink.register.entity.NationalId;

/**
 * The upload of a bulk file job: a UTF-8 (or ASCII) text file with one national ID per line.
 * Blank lines and lines starting with {@code #} are skipped; every other line must be a valid
 * ID, or it is reported with its number and reason. Nothing is run from the check: the officer
 * runs the valid lines or uploads a corrected file. A file over the size or line limit, or one
 * that is not text, is refused as a whole after reading at most the limit plus one byte.
 */
public final class IdList {

    /** A line that holds an ID. */
    public record Line(int number, String personId) {}

    /** A line the check refused: its number, its beginning as sent and the reason's message key. */
    public record Problem(int number, String text, String reasonKey) {}

    /** The outcome of the check. */
    public record Checked(List<Line> lines, List<Problem> problems, int lineCount, String sha256) {}

    private static final int SHOWN = 40;

    private IdList() {}

    /**
     * @throws InvalidInputException {@code invalid.bulk.tooLarge} (the limit in MB),
     *     {@code invalid.bulk.notText} (the byte offset), {@code invalid.bulk.tooManyLines} (the
     *     limit) or {@code invalid.bulk.empty}
     */
    public static Checked check(InputStream upload, long maxBytes, int maxLines) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] bytes = readAtMost(new DigestInputStream(upload, sha256), maxBytes);
        int start =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        for (int i = start; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' || b == 0x7F) {
                throw notText(i);
            }
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer decoded = CharBuffer.allocate(bytes.length);
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        if (utf8.decode(in, decoded, true).isError() || utf8.flush(decoded).isError()) {
            throw notText(in.position());
        }
        String text = decoded.flip().toString();
        List<Line> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String[] rows = text.split("\r\n|\r|\n", -1);
        int count = rows.length > 0 && rows[rows.length - 1].isEmpty() ? rows.length - 1 : rows.length;
        if (count > maxLines) {
            throw new InvalidInputException(
                    "invalid.bulk.tooManyLines", "The file has more than " + maxLines + " lines", maxLines);
        }
        for (int i = 0; i < count; i++) {
            // As online: an ID is read in capitals, whatever case it was typed in.
            String row = rows[i].strip().toUpperCase(Locale.ROOT);
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            try {
                lines.add(new Line(i + 1, NationalId.of(row).value()));
            } catch (InvalidInputException bad) {
                problems.add(new Problem(
                        i + 1,
                        row.codePointCount(0, row.length()) <= SHOWN
                                ? row
                                : row.substring(0, row.offsetByCodePoints(0, SHOWN - 1)) + "…",
                        bad.key()));
            }
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            throw new InvalidInputException("invalid.bulk.empty", "The file holds no ID");
        }
        return new Checked(lines, problems, count, HexFormat.of().formatHex(sha256.digest()));
    }

    private static byte[] readAtMost(InputStream in, long maxBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (in) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw new InvalidInputException(
                            "invalid.bulk.tooLarge",
                            "The file is larger than " + maxBytes / (1024 * 1024) + " MB",
                            maxBytes / (1024 * 1024));
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InvalidInputException notText(int offset) {
        return new InvalidInputException(
                "invalid.bulk.notText",
                "The file is not UTF-8 text with one ID per line (byte offset " + offset + ")",
                offset);
    }
}
