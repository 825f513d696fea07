package tw.rislink.register.control;

import java.util.Locale;

/** A CNS 11643 code point: a plane (1–15) and a two-byte code, written {@code 1-4421}. */
public record CnsCode(int plane, int code) {

    public CnsCode {
        if (plane < 1
                || plane > 15
                || (code >> 8) < 0x21
                || (code >> 8) > 0x7E
                || (code & 0xFF) < 0x21
                || (code & 0xFF) > 0x7E) {
            throw new IllegalArgumentException(String.format("No CNS 11643 code %d-%04X", plane, code));
        }
    }

    public static CnsCode parse(String text) {
        String[] parts = text.trim().split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("CNS code \"" + text + "\" should look like 1-4421");
        }
        try {
            return new CnsCode(Integer.parseInt(parts[0]), Integer.parseInt(parts[1], 16));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("CNS code \"" + text + "\" should look like 1-4421", e);
        }
    }

    @Override
    public String toString() {
        return plane + "-" + String.format(Locale.ROOT, "%04X", code);
    }
}
