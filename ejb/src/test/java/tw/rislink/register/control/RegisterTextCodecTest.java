package tw.rislink.register.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RegisterTextCodecTest {

    /** 王 is standard Big5; 堃 and 犇 are outside Big5 but in CNS 11643 plane 3; 𠀋 is a supplementary character. */
    private static final String RARE_NAME = "王堃犇𠀋";

    private final RegisterTextCodec codec = new RegisterTextCodec(Big5eTables.load(fixtures()));

    @ParameterizedTest
    @EnumSource(TextEncoding.class)
    void common_names_round_trip_in_every_encoding(TextEncoding encoding) {
        String name = "陳美玲";
        assertEquals(name, codec.decode(codec.encode(name, encoding), encoding));
    }

    @Test
    void a_rare_name_shows_what_each_encoding_can_carry() {
        Map<TextEncoding, List<Unencodable>> report = new EnumMap<>(TextEncoding.class);
        for (TextEncoding encoding : TextEncoding.values()) {
            report.put(encoding, codec.unencodable(RARE_NAME, encoding));
            if (report.get(encoding).isEmpty()) {
                assertEquals(RARE_NAME, codec.decode(codec.encode(RARE_NAME, encoding), encoding), encoding.name());
            }
        }
        assertEquals(List.of(), report.get(TextEncoding.UTF_8));
        assertEquals(List.of(), report.get(TextEncoding.BIG5E), "the extension table carries all three");
        assertEquals(List.of(), report.get(TextEncoding.EUC_TW_4BYTE));
        assertEquals(List.of(), report.get(TextEncoding.CNS11643));
        List<Unencodable> big5 = report.get(TextEncoding.BIG5);
        assertEquals(List.of(1, 2, 3), big5.stream().map(Unencodable::position).toList());
        assertEquals(new Unencodable(1, 0x5803, CnsCode.parse("3-3476")), big5.get(0));
        assertEquals(new Unencodable(3, 0x2000B, CnsCode.parse("3-2144")), big5.get(2));
    }

    @Test
    void refuses_rather_than_replaces_and_names_each_character() {
        UnencodableTextException e =
                assertThrows(UnencodableTextException.class, () -> codec.encode("林" + RARE_NAME, TextEncoding.BIG5));
        assertEquals(3, e.characters().size());
        assertEquals(
                "BIG5 cannot carry position 2: '堃' U+5803 (CNS 3-3476); position 3: '犇' U+7287 (CNS 3-3D25); "
                        + "position 4: '𠀋' U+2000B (CNS 3-2144)",
                e.getMessage());
    }

    @Test
    void a_character_outside_cns_11643_is_reported_without_a_cns_code() {
        List<Unencodable> problems = codec.unencodable("王😀", TextEncoding.CNS11643);
        assertEquals(List.of(new Unencodable(1, 0x1F600, null)), problems);
        assertEquals(1, codec.unencodable("王😀", TextEncoding.EUC_TW_4BYTE).size());
        assertTrue(codec.unencodable("王😀", TextEncoding.UTF_8).isEmpty());
    }

    @Test
    void euc_tw_writes_every_chinese_character_in_four_bytes() {
        byte[] bytes = codec.encode("A王堃", TextEncoding.EUC_TW_4BYTE);
        assertArrayEquals(
                new byte[] {
                    'A',
                    (byte) 0x8E,
                    (byte) 0xA1,
                    (byte) 0xC5,
                    (byte) 0xDE,
                    (byte) 0x8E,
                    (byte) 0xA3,
                    (byte) 0xB4,
                    (byte) 0xF6
                },
                bytes);
        assertEquals("A王堃", codec.decode(bytes, TextEncoding.EUC_TW_4BYTE));
    }

    @Test
    void cns_code_points_are_written_as_plane_and_code() {
        assertEquals("1-455E 3-3476", new String(codec.encode("王堃", TextEncoding.CNS11643)));
        assertEquals("王堃", codec.decode("1-455E 3-3476".getBytes(), TextEncoding.CNS11643));
    }

    @Test
    void big5e_puts_extension_characters_at_the_tables_codes() {
        byte[] bytes = codec.encode("王堃", TextEncoding.BIG5E);
        assertArrayEquals(new byte[] {(byte) 0xA4, (byte) 0xFD, (byte) 0x8E, (byte) 0x40}, bytes);
        assertEquals("王堃", codec.decode(bytes, TextEncoding.BIG5E));
    }

    @Test
    void malformed_bytes_are_refused_with_their_offset() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> codec.decode(new byte[] {'A', (byte) 0xC3, 'B'}, TextEncoding.UTF_8));
        assertTrue(e.getMessage().contains("byte offset 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> codec.decode(new byte[] {(byte) 0xA4}, TextEncoding.BIG5E));
    }

    @Test
    void big5e_without_the_official_tables_says_what_is_missing() {
        RegisterTextCodec withoutTables = new RegisterTextCodec(null);
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> withoutTables.encode("王", TextEncoding.BIG5E));
        assertTrue(e.getMessage().contains("rislink.encoding.tables.dir"));
        assertEquals("王", withoutTables.decode(withoutTables.encode("王", TextEncoding.BIG5), TextEncoding.BIG5));
    }

    @Test
    void cns_codes_are_checked() {
        assertEquals("1-4421", CnsCode.parse("1-4421").toString());
        List<String> bad = new ArrayList<>(List.of("0-4421", "16-4421", "1-2020", "1-7F21", "14421", "1-xyz"));
        for (String code : bad) {
            assertThrows(IllegalArgumentException.class, () -> CnsCode.parse(code), code);
        }
    }

    private static Path fixtures() {
        try {
            return Path.of(
                    RegisterTextCodecTest.class.getResource("/encoding-tables").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
