package tw.rislink.linking.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import tw.rislink.platform.control.Settings;
import tw.rislink.platform.entity.InvalidInputException;

/**
 * Checks a scanned document an applicant uploads: its type is read from its first bytes (PDF,
 * PNG, JPEG or TIFF), never from its name, because a name is whatever the sender typed; its size
 * is limited ({@value #LIMIT_SETTING}, {@value #DEFAULT_MEGABYTES} MB by default) and a stream is
 * never read past the limit and one byte; its name is kept only to be shown, cleaned to one
 * harmless segment. Stored documents are found by id, never by a path built from the name.
 */
public final class Upload {

    public static final String LIMIT_SETTING = "rislink.upload.max-megabytes";
    public static final int DEFAULT_MEGABYTES = 10;
    public static final int NAME_LENGTH = 200;
    static final String FALLBACK_NAME = "document";

    /** An accepted document: its shown name, its type by content, size, SHA-256 (lower-case hex) and bytes. */
    public record Document(String name, String mediaType, long size, String sha256, byte[] content) {}

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] TIFF_LITTLE = {'I', 'I', '*', 0};
    private static final byte[] TIFF_BIG = {'M', 'M', 0, '*'};

    private Upload() {}

    /** The configured limit in megabytes. */
    public static int limitMegabytes() {
        return Settings.integer(LIMIT_SETTING, DEFAULT_MEGABYTES);
    }

    public static Document check(String claimedName, byte[] content) {
        return check(claimedName, new ByteArrayInputStream(content));
    }

    /**
     * Reads at most the limit and one byte of {@code in} (the caller closes it).
     *
     * @throws InvalidInputException {@code invalid.upload.badName}, {@code .empty}, {@code .tooLarge}
     *     (the limit in MB) or {@code .notDocument}
     */
    public static Document check(String claimedName, InputStream in) {
        String name = displayName(claimedName);
        int megabytes = limitMegabytes();
        long limit = megabytes * 1024L * 1024L;
        byte[] content;
        try {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, limit + 1));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the upload", e);
        }
        if (content.length == 0) {
            throw new InvalidInputException("invalid.upload.empty", "The file is empty");
        }
        if (content.length > limit) {
            throw new InvalidInputException(
                    "invalid.upload.tooLarge", "The file is larger than " + megabytes + " MB", megabytes);
        }
        String mediaType = mediaType(content);
        if (mediaType == null) {
            throw new InvalidInputException(
                    "invalid.upload.notDocument",
                    "The file is not a PDF, PNG, JPEG or TIFF document, whatever its name says");
        }
        return new Document(name, mediaType, content.length, sha256(content), content);
    }

    /** The media type the content starts like, or null for anything but the four document types. */
    static String mediaType(byte[] content) {
        if (startsWith(content, PDF)) {
            return "application/pdf";
        }
        if (startsWith(content, PNG)) {
            return "image/png";
        }
        if (startsWith(content, JPEG)) {
            return "image/jpeg";
        }
        if (startsWith(content, TIFF_LITTLE) || startsWith(content, TIFF_BIG)) {
            return "image/tiff";
        }
        return null;
    }

    /**
     * The name to show: the last segment of what the browser sent, without control or formatting
     * characters and without {@code ..}, at most {@value #NAME_LENGTH} characters, never empty. A
     * name that climbs out of its folder ({@code ../}, {@code ..\}) or is an absolute path is
     * refused rather than cleaned: browsers send a bare name, so such a name was made by hand.
     */
    public static String displayName(String claimed) {
        if (claimed == null) {
            return FALLBACK_NAME;
        }
        String name = Normalizer.normalize(claimed, Normalizer.Form.NFC);
        boolean absolute = name.startsWith("/") || name.startsWith("\\") || name.matches("(?s)[A-Za-z]:.*");
        boolean climbs = false;
        for (String segment : name.split("[/\\\\]", -1)) {
            climbs |= segment.strip().equals("..");
        }
        if (absolute || climbs) {
            throw new InvalidInputException(
                    "invalid.upload.badName",
                    "The file name must be a plain name, not a path that leaves its folder or starts at a root");
        }
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder shown = new StringBuilder();
        last.codePoints().filter(c -> !hidden(c)).forEach(shown::appendCodePoint);
        String cleaned = shown.toString();
        while (cleaned.contains("..")) {
            cleaned = cleaned.replace("..", ".");
        }
        // Leading dots would hide the file on some systems; trailing dots and blanks are dropped by Windows.
        cleaned = cleaned.replaceAll("^[.\\s]+|[.\\s]+$", "");
        if (cleaned.length() > NAME_LENGTH) {
            cleaned = shorten(cleaned);
        }
        return cleaned.isEmpty() ? FALLBACK_NAME : cleaned;
    }

    /** Cuts the stem, keeping a short extension, without splitting a surrogate pair. */
    private static String shorten(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        int end = NAME_LENGTH - extension.length();
        if (Character.isHighSurrogate(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(0, end).strip() + extension;
    }

    /** What could disguise a name on a screen or in a log; private-use characters stay (造字 in names). */
    private static boolean hidden(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c)
                || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.UNASSIGNED
                || type == Character.SURROGATE;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
