package tw.rislink.query.soap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.rislink.query.control.Answer;
import tw.rislink.query.control.Answer.Field;
import tw.rislink.query.control.Answer.Row;
import tw.rislink.query.control.Transaction;
import tw.rislink.query.soap.v1.Encoding;
import tw.rislink.query.soap.v1.Record;
import tw.rislink.query.soap.v1.Unencodable;
import tw.rislink.register.control.RegisterTextCodec;
import tw.rislink.register.control.TextEncoding;

class SoapAnswersTest {

    private final RegisterTextCodec codec = new RegisterTextCodec(null);

    private static Answer answer(String name) {
        Row person = new Row(
                "person",
                new java.util.ArrayList<>(
                        List.of(new Field("personId", null, "A123456789"), new Field("name", "PERSON_NAME", name))),
                new java.util.ArrayList<>());
        person.child(new Row(
                "nameChange",
                new java.util.ArrayList<>(List.of(new Field("formerName", "NAME_HISTORY", "王小明"))),
                new java.util.ArrayList<>()));
        return new Answer(Transaction.RQ04, List.of(person), Set.of("PERSON_NAME", "NAME_HISTORY"));
    }

    @Test
    void utf8_is_text_only() {
        tw.rislink.query.soap.v1.Answer written = SoapAnswers.write(answer("陳𡘙"), TextEncoding.UTF_8, codec);
        assertEquals("RQ04", written.getTransaction());
        assertEquals(Encoding.UTF_8, written.getEncoding());
        Record person = written.getRecord().get(0);
        assertEquals("person", person.getKind());
        assertEquals("陳𡘙", person.getField().get(1).getValue());
        assertEquals("PERSON_NAME", person.getField().get(1).getItem());
        assertNull(person.getField().get(0).getItem());
        assertNull(person.getField().get(1).getEncoded());
        assertEquals(List.of(), written.getUnencodable());
        assertEquals("nameChange", person.getRecord().get(0).getKind());
    }

    @Test
    void another_encoding_gives_bytes_that_decode_to_the_value() {
        tw.rislink.query.soap.v1.Answer written = SoapAnswers.write(answer("王大明"), TextEncoding.EUC_TW_4BYTE, codec);
        assertEquals(Encoding.EUC_TW_4_BYTE, written.getEncoding());
        byte[] name = written.getRecord().get(0).getField().get(1).getEncoded();
        assertArrayEquals(codec.encode("王大明", TextEncoding.EUC_TW_4BYTE), name);
        assertEquals(12, name.length, "three characters of four bytes each");
        assertEquals("王大明", codec.decode(name, TextEncoding.EUC_TW_4BYTE));
        assertEquals(
                "王小明",
                codec.decode(
                        written.getRecord()
                                .get(0)
                                .getRecord()
                                .get(0)
                                .getField()
                                .get(0)
                                .getEncoded(),
                        TextEncoding.EUC_TW_4BYTE));
    }

    @Test
    void a_character_the_encoding_cannot_carry_is_reported_and_the_value_kept() {
        tw.rislink.query.soap.v1.Answer written = SoapAnswers.write(answer("陳𡘙明"), TextEncoding.BIG5, codec);
        tw.rislink.query.soap.v1.Field name =
                written.getRecord().get(0).getField().get(1);
        assertEquals("陳𡘙明", name.getValue());
        assertNull(name.getEncoded());
        assertEquals(1, written.getUnencodable().size());
        Unencodable u = written.getUnencodable().get(0);
        assertEquals("person", u.getKind());
        assertEquals("name", u.getField());
        assertEquals(1, u.getPosition());
        assertEquals("U+21619", u.getCodePoint());
        assertEquals(codec.cns(0x21619).map(Object::toString).orElse(null), u.getCns());
        assertEquals(
                "A123456789",
                new String(
                        written.getRecord().get(0).getField().get(0).getEncoded(),
                        java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void an_absent_encoding_is_utf8() {
        assertEquals(TextEncoding.UTF_8, SoapAnswers.encoding(null));
        for (Encoding e : Encoding.values()) {
            assertEquals(e.value(), SoapAnswers.encoding(e).name());
        }
    }
}
