package tw.rislink.query.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.rislink.query.control.Answer.Field;
import tw.rislink.query.control.Answer.Row;
import tw.rislink.register.control.CnsCode;
import tw.rislink.register.control.RegisterTextCodec;
import tw.rislink.register.control.TextEncoding;

/**
 * The result file of a bulk job (format 1, docs/ARCHITECTURE.md "Bulk files"). Two header
 * lines starting with {@code #}, then one line per answered line of the upload, in upload
 * order: the upload's line number, the ID, FOUND or NOT_FOUND, then the answer's fields as
 * {@code name=value}, each separated by a TAB (a child row's fields are named
 * {@code kind.n.name}, n from 1). Values escape backslash, TAB and line breaks as {@code \\},
 * {@code \t}, {@code \n}, {@code \r}. Lines end with LF.
 *
 * <p>In the file, ASCII stays ASCII and {@code &} is written {@code &#x26;}. Other characters
 * are written in the chosen encoding; one that the encoding cannot carry is written as a
 * numeric reference {@code &#xHHHH;} and listed in the manifest with its line, field, position
 * and CNS 11643 code (never replaced). In CNS11643 files every non-ASCII character is written as
 * {@code &cP-HHHH;} (its plane and code), so the file is ASCII.
 */
public final class ResultFile {

    public static final String FORMAT = "#rislink-bulk-result 1";

    /** A character the encoding could not carry, where it is in the file. */
    public record Unencodable(int line, String field, int position, int codePoint, CnsCode cns) {

        @Override
        public String toString() {
            return "line " + line + " field " + field + " position " + position + " U+"
                    + String.format(Locale.ROOT, "%04X", codePoint) + (cns == null ? "" : " CNS " + cns)
                    + " written as " + reference(codePoint);
        }
    }

    private static final Pattern REFERENCE = Pattern.compile("&#x([0-9A-F]{1,6});|&c(\\d{1,2}-[0-9A-F]{4});");

    private ResultFile() {}

    /** The text line of an answered upload line, before its encoding. */
    public static String record(int lineNo, String personId, Row row) {
        StringBuilder line = new StringBuilder(160).append(lineNo).append('\t').append(personId);
        if (row == null) {
            return line.append("\tNOT_FOUND").toString();
        }
        line.append("\tFOUND");
        fields(line, "", row);
        return line.toString();
    }

    private static void fields(StringBuilder line, String prefix, Row row) {
        for (Field f : row.fields()) {
            if (!f.name().equals("personId") || !prefix.isEmpty()) {
                line.append('\t').append(prefix).append(f.name()).append('=').append(escape(f.value()));
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Row child : row.rows()) {
            int n = counts.merge(child.kind(), 1, Integer::sum);
            fields(line, prefix + child.kind() + "." + n + ".", child);
        }
    }

    private static String escape(String value) {
        if (value.indexOf('\\') < 0 && value.indexOf('\t') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return value.replace("\\", "\\\\")
                .replace("\t", "\\t")
                .replace("\n", "\\n")
                .replace("\r", "\\r");
    }

    /** Writes a file in one encoding, line by line, keeping its SHA-256 and what it could not carry. */
    public static final class Writer {

        private final RegisterTextCodec codec;
        private final TextEncoding encoding;
        // Not a ByteArrayOutputStream: its synchronized write per byte was most of a file's encoding.
        private byte[] out = new byte[1 << 20];
        private int size;
        private final MessageDigest sha256;
        private final List<Unencodable> unencodable = new ArrayList<>();
        /** Each BMP character's bytes in the encoding once looked up (an empty array: none). */
        private final byte[][] cache = new byte[Character.MIN_SUPPLEMENTARY_CODE_POINT][];

        private int records;
        private int found;

        public Writer(RegisterTextCodec codec, TextEncoding encoding, String header) {
            this.codec = codec;
            this.encoding = encoding;
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            ascii(FORMAT + "\n");
            ascii("#" + header + " encoding=" + encoding + "\n");
        }

        public void add(String record) {
            records++;
            if (record.contains("\tFOUND")) {
                found++;
            }
            int lineNo = Integer.parseInt(record.substring(0, record.indexOf('\t')));
            // The field a character is in, as indexes of its name: named only for an unencodable one.
            int fieldStart = 0;
            int fieldEnd = -1;
            int position = 0;
            for (int i = 0; i < record.length(); ) {
                int cp = record.codePointAt(i);
                if (cp == '\t') {
                    fieldEnd = -1;
                    fieldStart = i + 1;
                } else if (cp == '=' && fieldEnd < 0) {
                    fieldEnd = i;
                    position = 0;
                } else if (fieldEnd >= 0) {
                    position++;
                }
                if (cp == '&') {
                    ascii("&#x26;");
                } else if (cp < 0x80) {
                    room(1);
                    out[size++] = (byte) cp;
                } else {
                    character(cp, lineNo, record, fieldStart, fieldEnd, position - 1);
                }
                i += Character.charCount(cp);
            }
            room(1);
            out[size++] = '\n';
        }

        private void character(int cp, int lineNo, String record, int fieldStart, int fieldEnd, int position) {
            if (encoding == TextEncoding.CNS11643) {
                Optional<CnsCode> cns = codec.cns(cp);
                if (cns.isPresent()) {
                    ascii("&c" + cns.get() + ";");
                    return;
                }
            } else {
                byte[] bytes = cp < cache.length ? cache[cp] : null;
                if (bytes == null) {
                    byte[] looked = codec.bytesOf(cp, encoding);
                    bytes = looked == null ? new byte[0] : looked;
                    if (cp < cache.length) {
                        cache[cp] = bytes;
                    }
                }
                if (bytes.length > 0) {
                    room(bytes.length);
                    System.arraycopy(bytes, 0, out, size, bytes.length);
                    size += bytes.length;
                    return;
                }
            }
            String field = fieldEnd < 0 ? null : record.substring(fieldStart, fieldEnd);
            unencodable.add(
                    new Unencodable(lineNo, field, position, cp, codec.cns(cp).orElse(null)));
            ascii(reference(cp));
        }

        private void ascii(String text) {
            room(text.length());
            for (int i = 0; i < text.length(); i++) {
                out[size++] = (byte) text.charAt(i);
            }
        }

        private void room(int more) {
            if (size + more > out.length) {
                out = Arrays.copyOf(out, Math.max(out.length * 2, size + more));
            }
        }

        public byte[] bytes() {
            return Arrays.copyOf(out, size);
        }

        public String sha256() {
            sha256.reset();
            sha256.update(out, 0, size);
            return HexFormat.of().formatHex(sha256.digest());
        }

        public List<Unencodable> unencodable() {
            return unencodable;
        }

        public int records() {
            return records;
        }

        public int found() {
            return found;
        }
    }

    /** The record lines of a file, decoded from its encoding (the header lines left out). */
    public static List<String> decode(byte[] file, TextEncoding encoding, RegisterTextCodec codec) {
        String text = codec.decode(file, encoding == TextEncoding.CNS11643 ? TextEncoding.UTF_8 : encoding);
        List<String> records = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = REFERENCE.matcher(line);
            StringBuilder decoded = new StringBuilder(line.length());
            while (m.find()) {
                String character = m.group(1) != null
                        ? new String(Character.toChars(Integer.parseInt(m.group(1), 16)))
                        : codec.decode(m.group(2).getBytes(StandardCharsets.US_ASCII), TextEncoding.CNS11643);
                m.appendReplacement(decoded, Matcher.quoteReplacement(character));
            }
            m.appendTail(decoded);
            records.add(decoded.toString());
        }
        return records;
    }

    private static String reference(int codePoint) {
        return "&#x" + String.format(Locale.ROOT, "%X", codePoint) + ";";
    }
}
