package tw.rislink.verification.control;

import java.util.Locale;

/**
 * Where the yearly check reads the company registry, from {@code rislink.company.registry}:
 * {@code table} is {@code rl_company_registry} (on the embedded default its demo rows; on Oracle
 * a table or view the DBA fills from the Ministry of Economic Affairs' registry), {@code none} is
 * no source. Unset, only the embedded default has one: a production database never compares its
 * companies with demo rows, and without a source the check revokes nobody.
 */
public enum RegistrySource {
    TABLE,
    NONE;

    public static final String SETTING = "rislink.company.registry";

    /** @throws IllegalArgumentException for a value that names no source, so that a typo is reported, not guessed */
    public static RegistrySource choose(String setting, boolean embeddedDatabase) {
        if (setting == null || setting.isBlank()) {
            return embeddedDatabase ? TABLE : NONE;
        }
        return switch (setting.strip().toLowerCase(Locale.ROOT)) {
            case "table" -> TABLE;
            case "none" -> NONE;
            default ->
                throw new IllegalArgumentException(
                        SETTING + "=\"" + setting + "\" names no company-registry source (table or none)");
        };
    }
}
