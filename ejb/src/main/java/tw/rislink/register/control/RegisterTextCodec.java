package tw.rislink.register.control;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Writes register text in the encoding an agency chose and reads it back. Nothing is ever
 * replaced: a character an encoding cannot carry is reported with its position, code point
 * and CNS 11643 code. The JDK carries UTF-8, Big5 (code page 950) and EUC-TW (CNS 11643
 * planes 1–7 and 15); BIG-5E's extension comes from the official tables ({@link Big5eTables}).
 */
public final class RegisterTextCodec {

    private static final Charset EUC_TW = Charset.forName("x-EUC-TW");
    private static final Charset CP950 = Charset.forName("x-windows-950");
    private static final int SS2 = 0x8E;

    private final Big5eTables big5e;

    /** @param big5e the official tables, or null where none are configured (BIG-5E then refuses) */
    public RegisterTextCodec(Big5eTables big5e) {
        this.big5e = big5e;
    }

    /** Every character of the text that the encoding cannot carry; empty when all can. */
    public List<Unencodable> unencodable(String text, TextEncoding encoding) {
        List<Unencodable> problems = new ArrayList<>();
        int[] codePoints = text.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            if (bytesOf(codePoints[i], encoding) == null) {
                problems.add(
                        new Unencodable(i, codePoints[i], cns(codePoints[i]).orElse(null)));
            }
        }
        return problems;
    }

    /** @throws UnencodableTextException naming every character the encoding cannot carry */
    public byte[] encode(String text, TextEncoding encoding) {
        List<Unencodable> problems = unencodable(text, encoding);
        if (!problems.isEmpty()) {
            throw new UnencodableTextException(encoding, problems);
        }
        if (encoding == TextEncoding.CNS11643) {
            StringJoiner codes = new StringJoiner(" ");
            text.codePoints().forEach(cp -> codes.add(cns(cp).orElseThrow().toString()));
            return codes.toString().getBytes(StandardCharsets.US_ASCII);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        text.codePoints().forEach(cp -> out.writeBytes(bytesOf(cp, encoding)));
        return out.toByteArray();
    }

    /** @throws IllegalArgumentException naming the byte offset of the first malformed sequence */
    public String decode(byte[] bytes, TextEncoding encoding) {
        return switch (encoding) {
            case UTF_8 -> decodeStrictly(bytes, StandardCharsets.UTF_8);
            case BIG5 -> decodeStrictly(bytes, CP950);
            case EUC_TW_4BYTE -> decodeStrictly(planeOneToTwoBytes(bytes), EUC_TW);
            case BIG5E -> decodeBig5e(bytes);
            case CNS11643 -> decodeCns(new String(bytes, StandardCharsets.US_ASCII));
        };
    }

    /** The CNS 11643 code of a character, from the official tables where configured, else the JDK's. */
    public Optional<CnsCode> cns(int codePoint) {
        if (big5e != null) {
            Optional<CnsCode> fromTable = big5e.cnsOfUnicode(codePoint);
            if (fromTable.isPresent()) {
                return fromTable;
            }
        }
        byte[] euc = encodeStrictly(codePoint, EUC_TW);
        if (euc == null || euc.length < 2) {
            return Optional.empty();
        }
        if (euc.length == 2) {
            return Optional.of(new CnsCode(1, ((euc[0] & 0x7F) << 8) | (euc[1] & 0x7F)));
        }
        return Optional.of(new CnsCode((euc[1] & 0xFF) - 0xA0, ((euc[2] & 0x7F) << 8) | (euc[3] & 0x7F)));
    }

    /**
     * The bytes of one character in a byte encoding, or null when it cannot carry it (for
     * CNS11643, which writes codes as text, an empty array when the character has a code).
     */
    public byte[] bytesOf(int codePoint, TextEncoding encoding) {
        return switch (encoding) {
            case UTF_8 -> encodeStrictly(codePoint, StandardCharsets.UTF_8);
            case BIG5 -> encodeStrictly(codePoint, CP950);
            case BIG5E -> big5eBytes(codePoint);
            case EUC_TW_4BYTE -> eucFourByte(codePoint);
            case CNS11643 -> cns(codePoint).isPresent() ? new byte[0] : null;
        };
    }

    private byte[] big5eBytes(int codePoint) {
        if (big5e == null) {
            throw new IllegalStateException("BIG-5E needs the official tables: set rislink.encoding.tables.dir");
        }
        byte[] standard = encodeStrictly(codePoint, CP950);
        if (standard != null && !isUserDefinedArea(standard)) {
            return standard;
        }
        return cns(codePoint)
                .flatMap(big5e::big5e)
                .map(code -> new byte[] {(byte) (code >> 8), (byte) (code & 0xFF)})
                .orElse(null);
    }

    private static byte[] eucFourByte(int codePoint) {
        byte[] euc = encodeStrictly(codePoint, EUC_TW);
        if (euc == null || euc.length != 2) {
            return euc;
        }
        // Plane 1 comes out in the 2-byte form; agencies exchange every character in 4 bytes.
        return new byte[] {(byte) SS2, (byte) 0xA1, euc[0], euc[1]};
    }

    /** The JDK reads plane 1 only in its 2-byte form, so 8E A1 hi lo becomes hi lo first. */
    private static byte[] planeOneToTwoBytes(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        int i = 0;
        while (i < bytes.length) {
            if ((bytes[i] & 0xFF) == SS2 && i + 3 < bytes.length && (bytes[i + 1] & 0xFF) == 0xA1) {
                out.write(bytes[i + 2]);
                out.write(bytes[i + 3]);
                i += 4;
            } else {
                out.write(bytes[i]);
                i++;
            }
        }
        return out.toByteArray();
    }

    private String decodeBig5e(byte[] bytes) {
        if (big5e == null) {
            throw new IllegalStateException("BIG-5E needs the official tables: set rislink.encoding.tables.dir");
        }
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < bytes.length) {
            int lead = bytes[i] & 0xFF;
            if (lead < 0x80) {
                text.append((char) lead);
                i++;
                continue;
            }
            if (i + 1 >= bytes.length) {
                throw new IllegalArgumentException("BIG5E: byte offset " + i + ": a lead byte without its second byte");
            }
            int code = (lead << 8) | (bytes[i + 1] & 0xFF);
            Optional<CnsCode> extension = big5e.cnsOfBig5e(code);
            if (extension.isPresent()) {
                text.append(unicodeOf(extension.get(), "BIG5E: byte offset " + i));
            } else {
                text.append(decodeStrictly(new byte[] {bytes[i], bytes[i + 1]}, CP950, i));
            }
            i += 2;
        }
        return text.toString();
    }

    private String decodeCns(String codes) {
        StringBuilder text = new StringBuilder();
        for (String token : codes.trim().split("\\s+")) {
            if (!token.isEmpty()) {
                text.append(unicodeOf(CnsCode.parse(token), "CNS code " + token));
            }
        }
        return text.toString();
    }

    private String unicodeOf(CnsCode cns, String where) {
        if (big5e != null) {
            Optional<Integer> fromTable = big5e.unicode(cns);
            if (fromTable.isPresent()) {
                return new String(Character.toChars(fromTable.get()));
            }
        }
        byte hi = (byte) ((cns.code() >> 8) | 0x80);
        byte lo = (byte) ((cns.code() & 0xFF) | 0x80);
        byte[] euc =
                cns.plane() == 1 ? new byte[] {hi, lo} : new byte[] {(byte) SS2, (byte) (0xA0 + cns.plane()), hi, lo};
        try {
            return newDecoder(EUC_TW).decode(ByteBuffer.wrap(euc)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(where + ": CNS " + cns + " has no Unicode character", e);
        }
    }

    /** Big5's user-defined area, where BIG-5E puts its extension: only extension characters go there. */
    private static boolean isUserDefinedArea(byte[] big5) {
        if (big5.length != 2) {
            return false;
        }
        int lead = big5[0] & 0xFF;
        int code = (lead << 8) | (big5[1] & 0xFF);
        return (lead >= 0x81 && lead <= 0xA0) || lead >= 0xFA || (code >= 0xC6A1 && code <= 0xC8FE);
    }

    private static byte[] encodeStrictly(int codePoint, Charset charset) {
        if (Character.isSurrogate((char) codePoint) && !Character.isSupplementaryCodePoint(codePoint)) {
            return null;
        }
        try {
            ByteBuffer encoded = charset.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(Character.toChars(codePoint)));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String decodeStrictly(byte[] bytes, Charset charset) {
        return decodeStrictly(bytes, charset, 0);
    }

    private static String decodeStrictly(byte[] bytes, Charset charset, int baseOffset) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return newDecoder(charset).decode(in).toString();
        } catch (MalformedInputException e) {
            throw new IllegalArgumentException(
                    charset.name() + ": byte offset " + (baseOffset + in.position()) + " is not a valid sequence", e);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(
                    charset.name() + ": byte offset " + (baseOffset + in.position()) + " has no character", e);
        }
    }

    private static CharsetDecoder newDecoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
