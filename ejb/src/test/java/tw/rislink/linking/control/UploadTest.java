package tw.rislink.linking.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tw.rislink.platform.entity.InvalidInputException;

class UploadTest {

    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F'};
    private static final byte[] TIFF_II = {'I', 'I', '*', 0, 8, 0, 0, 0};
    private static final byte[] TIFF_MM = {'M', 'M', 0, '*', 0, 0, 0, 8};

    @Test
    void the_four_document_types_are_recognised_by_content() {
        assertEquals("application/pdf", Upload.check("form.pdf", PDF).mediaType());
        assertEquals("image/png", Upload.check("scan.png", PNG).mediaType());
        assertEquals("image/jpeg", Upload.check("scan.jpg", JPEG).mediaType());
        assertEquals("image/tiff", Upload.check("scan.tif", TIFF_II).mediaType());
        assertEquals("image/tiff", Upload.check("scan.tiff", TIFF_MM).mediaType());
    }

    @Test
    void the_type_is_the_content_s_whatever_the_name_says() {
        assertEquals("image/png", Upload.check("form.pdf", PNG).mediaType());
        assertEquals("application/pdf", Upload.check("noextension", PDF).mediaType());
    }

    @Test
    void a_document_carries_its_size_hash_and_bytes() {
        Upload.Document document = Upload.check("form.pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertEquals("form.pdf", document.name());
        assertEquals(5, document.size());
        // printf '%PDF-' | sha256sum
        assertEquals("38523c087796e5d5dd1cf9bad1fb026781a838dd9dd2cf8af58b9f6502a46778", document.sha256());
        assertArrayEquals("%PDF-".getBytes(StandardCharsets.US_ASCII), document.content());
    }

    @Test
    void a_file_named_pdf_that_is_not_one_is_refused() {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII);
        assertEquals("invalid.upload.notDocument", refusal("form.pdf", html).key());
        assertEquals(
                "invalid.upload.notDocument",
                refusal("form.pdf", "%PDF".getBytes(StandardCharsets.US_ASCII)).key(),
                "a truncated signature");
        assertEquals(
                "invalid.upload.notDocument",
                refusal("form.pdf", " %PDF-1.7".getBytes(StandardCharsets.US_ASCII))
                        .key(),
                "the signature must be at the start");
        assertEquals(
                "invalid.upload.notDocument",
                refusal("a.zip", new byte[] {'P', 'K', 3, 4}).key());
        assertEquals(
                "invalid.upload.notDocument",
                refusal("a.tif", new byte[] {'I', 'I', 0, '*'}).key());
    }

    @Test
    void an_empty_file_is_refused() {
        assertEquals("invalid.upload.empty", refusal("form.pdf", new byte[0]).key());
    }

    @Test
    void a_50_megabyte_upload_is_refused_after_reading_the_limit_and_one_byte() {
        Generated fifty = new Generated(50L * 1024 * 1024);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> Upload.check("big.pdf", fifty));
        assertEquals("invalid.upload.tooLarge", refused.key());
        assertArrayEquals(new Object[] {10}, refused.arguments());
        assertEquals(10L * 1024 * 1024 + 1, fifty.served, "read no further than the limit and one byte");
    }

    @Test
    void a_file_of_exactly_the_limit_is_accepted() {
        Generated limit = new Generated(10L * 1024 * 1024);
        Upload.Document document = Upload.check("big.pdf", limit);
        assertEquals(10L * 1024 * 1024, document.size());
        assertEquals("application/pdf", document.mediaType());
    }

    @Test
    void the_limit_is_a_setting() {
        System.setProperty(Upload.LIMIT_SETTING, "1");
        try {
            Generated two = new Generated(2L * 1024 * 1024);
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> Upload.check("a.pdf", two));
            assertArrayEquals(new Object[] {1}, refused.arguments());
            assertEquals(1024L * 1024 + 1, two.served);
        } finally {
            System.clearProperty(Upload.LIMIT_SETTING);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../form.pdf",
                "../../etc/passwd",
                "scans/../../form.pdf",
                "..\\form.pdf",
                "scans\\..\\..\\form.pdf",
                "..",
                "scans/..",
                ".. /form.pdf",
                "/etc/passwd",
                "\\\\server\\share\\form.pdf",
                "C:\\Users\\officer\\form.pdf",
                "c:form.pdf"
            })
    void a_path_that_climbs_or_starts_at_a_root_is_refused(String name) {
        assertEquals("invalid.upload.badName", refusal(name, PDF).key());
    }

    @Test
    void a_refused_name_is_refused_before_the_stream_is_read() {
        Generated fifty = new Generated(50L * 1024 * 1024);
        assertThrows(InvalidInputException.class, () -> Upload.check("../a.pdf", fifty));
        assertEquals(0, fifty.served);
    }

    @Test
    void the_shown_name_is_the_last_segment() {
        assertEquals("form.pdf", Upload.displayName("scans/2026/form.pdf"));
        assertEquals("form.pdf", Upload.displayName("scans\\2026\\form.pdf"));
        assertEquals("申請書.pdf", Upload.displayName("掃描/申請書.pdf"));
    }

    @Test
    void control_and_formatting_characters_are_dropped() {
        assertEquals("formgood.pdf", Upload.displayName("form\r\n\tgood.pdf"));
        assertEquals("invoicefdp.exe", Upload.displayName("invoice\u202efdp.exe"), "the right-to-left override");
        assertEquals("ab.pdf", Upload.displayName("a\u0000b.pdf"));
        assertEquals("a.pdf", Upload.displayName("a\u2028.pdf"));
    }

    @Test
    void dots_cannot_be_doubled_lead_or_trail() {
        assertEquals("a.pdf", Upload.displayName("a..pdf"));
        assertEquals("a.pdf", Upload.displayName("a....pdf"));
        assertEquals("htaccess", Upload.displayName(".htaccess"));
        assertEquals("form.pdf", Upload.displayName("form.pdf. . "));
    }

    @Test
    void the_shown_name_is_never_empty() {
        assertEquals("document", Upload.displayName(null));
        assertEquals("document", Upload.displayName(""));
        assertEquals("document", Upload.displayName("scans/"));
        assertEquals("document", Upload.displayName("\u0000\u0001"));
        assertEquals("document", Upload.displayName("..."));
        assertEquals("document", Upload.check(null, PDF).name());
    }

    @Test
    void a_long_name_is_cut_to_200_keeping_its_extension() {
        String shown = Upload.displayName("x".repeat(300) + ".pdf");
        assertEquals(200, shown.length());
        assertTrue(shown.endsWith("x.pdf"));
        String chinese = Upload.displayName("𠀀".repeat(150) + ".pdf");
        assertTrue(chinese.length() <= 200);
        assertTrue(chinese.endsWith("𠀀.pdf"), "no surrogate pair is split");
        assertEquals(200, Upload.displayName("y".repeat(250)).length());
    }

    private static InvalidInputException refusal(String name, byte[] content) {
        return assertThrows(InvalidInputException.class, () -> Upload.check(name, content));
    }

    /** A PDF of the given size made up while it is read, counting what was read. */
    private static final class Generated extends InputStream {

        private final long size;
        long served;

        Generated(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (served >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - served);
            if (served < PDF.length) {
                n = Math.min(n, PDF.length - (int) served);
                System.arraycopy(PDF, (int) served, buffer, offset, n);
            } else {
                Arrays.fill(buffer, offset, offset + n, (byte) 'x');
            }
            served += n;
            return n;
        }
    }
}
