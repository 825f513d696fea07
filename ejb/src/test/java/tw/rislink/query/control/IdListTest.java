package tw.rislink.query.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.rislink.platform.entity.InvalidInputException;

class IdListTest {

    private static IdList.Checked check(String text) {
        return IdList.check(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 1 << 20, 1000);
    }

    @Test
    void every_bad_line_is_reported_with_its_number_and_blank_and_comment_lines_are_skipped() {
        IdList.Checked checked = check("\uFEFF# list of 2026-12\nA123456789\r\n\n  B123456781  \nA12345678\nX9\tZ\n");
        assertEquals(List.of(new IdList.Line(2, "A123456789")), checked.lines().subList(0, 1));
        assertEquals(
                List.of(
                        new IdList.Problem(4, "B123456781", "invalid.nationalId.checkDigit"),
                        new IdList.Problem(5, "A12345678", "invalid.nationalId.length"),
                        new IdList.Problem(6, "X9\tZ", "invalid.nationalId.length")),
                checked.problems());
        assertEquals(1, checked.lines().size());
        assertEquals(6, checked.lineCount());
        assertEquals(64, checked.sha256().length());
    }

    @Test
    void a_file_that_is_not_text_is_refused_at_its_first_unreadable_byte() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
        InvalidInputException binary = assertThrows(
                InvalidInputException.class, () -> IdList.check(new ByteArrayInputStream(png), 1 << 20, 1000));
        assertEquals("invalid.bulk.notText", binary.key());
        byte[] big5 = {'A', '1', '2', (byte) 0xA4, (byte) 0xA4, '\n'};
        InvalidInputException notUtf8 = assertThrows(
                InvalidInputException.class, () -> IdList.check(new ByteArrayInputStream(big5), 1 << 20, 1000));
        assertEquals("invalid.bulk.notText", notUtf8.key());
        assertEquals(3, notUtf8.arguments()[0], "the offset of the first byte that is not UTF-8");
    }

    @Test
    void an_upload_over_the_limit_is_refused_after_reading_at_most_the_limit_and_a_buffer() {
        long[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 'A';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                Arrays.fill(b, off, off + len, (byte) 'A');
                read[0] += len;
                return len;
            }
        };
        InvalidInputException tooLarge =
                assertThrows(InvalidInputException.class, () -> IdList.check(endless, 5L << 20, 200_000));
        assertEquals("invalid.bulk.tooLarge", tooLarge.key());
        assertTrue(read[0] <= (5L << 20) + 64 * 1024, "read " + read[0]);
        InvalidInputException lines =
                assertThrows(InvalidInputException.class, () -> check("A123456789\n".repeat(1001)));
        assertEquals("invalid.bulk.tooManyLines", lines.key());
        assertEquals(
                "invalid.bulk.empty",
                assertThrows(InvalidInputException.class, () -> check("# none\n\n"))
                        .key());
    }
}
