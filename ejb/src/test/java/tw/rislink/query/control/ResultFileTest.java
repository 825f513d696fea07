package tw.rislink.query.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.rislink.query.control.Answer.Items;
import tw.rislink.query.control.Answer.Row;
import tw.rislink.register.control.RegisterTextCodec;
import tw.rislink.register.control.TextEncoding;

class ResultFileTest {

    private static final RegisterTextCodec CODEC = new RegisterTextCodec(null);

    private static List<String> records() {
        Items items = new Items(Set.of("PERSON_NAME", "ADDRESS", "ID_CARD_ISSUE"));
        Row person = new Row("person")
                .key("personId", "A123456789")
                .add(items, "PERSON_NAME", "name", "王𪜶&明")
                .add(items, "ADDRESS", "address", "臺北市中正區\t1鄰");
        person.child(new Row("idCard").add(items, "ID_CARD_ISSUE", "issueSite", "北市中正"));
        return List.of(ResultFile.record(1, "A123456789", person), ResultFile.record(3, "B123456780", null));
    }

    @Test
    void a_record_names_its_line_and_fields_and_escapes_what_would_break_a_line() {
        assertEquals(
                List.of(
                        "1\tA123456789\tFOUND\tname=王𪜶&明\taddress=臺北市中正區\\t1鄰\tidCard.1.issueSite=北市中正",
                        "3\tB123456780\tNOT_FOUND"),
                records());
    }

    @Test
    void every_encoding_reads_back_the_records_and_what_it_cannot_carry_is_listed_not_replaced() throws Exception {
        for (TextEncoding encoding :
                List.of(TextEncoding.UTF_8, TextEncoding.BIG5, TextEncoding.EUC_TW_4BYTE, TextEncoding.CNS11643)) {
            ResultFile.Writer writer = new ResultFile.Writer(CODEC, encoding, "job=1");
            records().forEach(writer::add);
            byte[] file = writer.bytes();
            assertEquals(records(), ResultFile.decode(file, encoding, CODEC), encoding.name());
            assertEquals(
                    HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(file)),
                    writer.sha256());
            assertEquals(2, writer.records());
            assertEquals(1, writer.found());
            String text = new String(file, StandardCharsets.ISO_8859_1);
            assertTrue(text.contains("&#x26;"), "& is always a reference: " + encoding);
            if (encoding == TextEncoding.BIG5) {
                assertEquals(1, writer.unencodable().size(), "𪜶 is not in Big5");
                ResultFile.Unencodable u = writer.unencodable().get(0);
                assertEquals(1, u.line());
                assertEquals("name", u.field());
                assertEquals(1, u.position());
                assertEquals(0x2A736, u.codePoint());
                assertTrue(text.contains("&#x2A736;"), text);
            }
            if (encoding == TextEncoding.CNS11643) {
                assertTrue(text.chars().allMatch(c -> c < 0x80), "a CNS 11643 file is ASCII");
            }
        }
    }
}
