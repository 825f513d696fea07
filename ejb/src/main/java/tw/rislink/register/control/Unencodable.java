package tw.rislink.register.control;

/**
 * A character the chosen encoding cannot carry: where it stands (index in code points), which
 * Unicode code point it is, and its CNS 11643 code where one is known (else null).
 */
public record Unencodable(int position, int codePoint, CnsCode cns) {

    @Override
    public String toString() {
        return "position " + position + ": '" + new String(Character.toChars(codePoint)) + "' U+"
                + String.format("%04X", codePoint) + (cns == null ? "" : " (CNS " + cns + ")");
    }
}
