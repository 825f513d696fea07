package tw.rislink.agency.entity;

import java.io.Serializable;

/**
 * A government agency code (機關代號) from the code table of the Directorate-General of
 * Personnel Administration: ten characters, nine digits or capital letters that place the
 * agency in the hierarchy ({@code A09000000E} 內政部, {@code 379000000A} 臺北市政府) and a
 * capital letter that closes the code.
 *
 * <p>The closing letter's rule is not published with the table, so the platform checks the
 * shape and, where the agency must exist, looks the code up in its agencies (the table is the
 * authority, not arithmetic).
 */
public final class AgencyCode implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String value;

    private AgencyCode(String value) {
        this.value = value;
    }

    /**
     * @throws IllegalArgumentException saying what is wrong with the code
     */
    public static AgencyCode of(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Agency code is empty");
        }
        String code = text.trim();
        if (code.length() != 10) {
            throw new IllegalArgumentException(
                    "Agency code \"" + code + "\" should be 10 characters (e.g. A09000000E), not " + code.length());
        }
        for (int i = 0; i < 9; i++) {
            char c = code.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z')) {
                throw new IllegalArgumentException("Agency code \"" + code + "\": character " + (i + 1)
                        + " should be a digit or a capital letter, found '" + c + "'");
            }
        }
        char last = code.charAt(9);
        if (last < 'A' || last > 'Z') {
            throw new IllegalArgumentException(
                    "Agency code \"" + code + "\" should end with a capital letter, found '" + last + "'");
        }
        if (code.startsWith("000000000")) {
            throw new IllegalArgumentException("Agency code \"" + code + "\" names no agency");
        }
        return new AgencyCode(code);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgencyCode that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
