package tw.rislink.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tw.rislink.platform.entity.InvalidInputException;
import tw.rislink.register.entity.HouseholdNumber;
import tw.rislink.register.entity.NationalId;

/** Each reason a value type gives has its text in both languages, quoting what was typed. */
class InvalidInputTextsTest {

    private static final ResourceBundle ZH = ResourceBundle.getBundle("tw.rislink.i18n.messages", Locale.TAIWAN);
    private static final ResourceBundle EN = ResourceBundle.getBundle("tw.rislink.i18n.messages", Locale.ENGLISH);

    @ParameterizedTest
    @ValueSource(strings = {"", "A12345678", "1123456789", "A323456789", "A12345678X", "A123456788"})
    void every_refusal_of_a_national_id_is_said_in_chinese(String typed) {
        String zh = text(ZH, () -> NationalId.of(typed));
        assertTrue(zh.contains("統一編號"), zh);
        if (!typed.isEmpty()) {
            assertTrue(zh.contains("「" + typed + "」"), zh);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A123456", "1234567A", "A12345X3", "A1234564"})
    void every_refusal_of_a_household_number_is_said_in_chinese(String typed) {
        String zh = text(ZH, () -> HouseholdNumber.of(typed));
        assertTrue(zh.contains("戶號"), zh);
    }

    @Test
    void the_check_digit_is_named_in_both_languages() {
        assertEquals("身分證統一編號「A123456788」的檢查碼應為 9，不是 8。", text(ZH, () -> NationalId.of("A123456788")));
        assertEquals(
                "National ID \"A123456788\": the check digit should be 9, not 8.",
                text(EN, () -> NationalId.of("A123456788")));
    }

    @Test
    void every_reason_the_code_gives_has_its_text() throws Exception {
        Pattern literal = Pattern.compile("\"(invalid\\.[a-zA-Z]+\\.[a-zA-Z]+)\"");
        Set<String> missing = new TreeSet<>();
        for (String module : new String[] {"../persistence", "../ejb", "."}) {
            try (Stream<Path> files = Files.walk(Path.of(module, "src/main/java"))) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = literal.matcher(Files.readString(file));
                    while (m.find()) {
                        if (!ZH.containsKey(m.group(1)) || !EN.containsKey(m.group(1))) {
                            missing.add(file.getFileName() + ": " + m.group(1));
                        }
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), missing.toString());
    }

    @Test
    void identifiers_are_read_stripped_and_upper_case() {
        assertEquals("A123456789", IdentifierConverter.normalise(" a123456789\t"));
        assertEquals("A1234563", IdentifierConverter.normalise("a1234563 "));
        assertNull(IdentifierConverter.normalise("  "));
        assertEquals(
                "A123456789",
                NationalId.of(IdentifierConverter.normalise(" a123456789")).value());
    }

    private static String text(ResourceBundle bundle, Executable refusal) {
        InvalidInputException e = assertThrows(InvalidInputException.class, refusal);
        String pattern = bundle.getString(e.key());
        return new MessageFormat(pattern, bundle.getLocale()).format(e.arguments());
    }
}
