package tw.rislink.query.soap;

import java.util.List;
import java.util.Locale;
import tw.rislink.query.control.Answer.Row;
import tw.rislink.query.soap.v1.Answer;
import tw.rislink.query.soap.v1.Encoding;
import tw.rislink.query.soap.v1.Field;
import tw.rislink.query.soap.v1.Record;
import tw.rislink.query.soap.v1.Unencodable;
import tw.rislink.register.control.RegisterTextCodec;
import tw.rislink.register.control.TextEncoding;

/**
 * Writes the data service's answer in the contract's terms: every row a record, every field a
 * field with its data item. In an encoding other than UTF-8 each value also goes as its bytes in
 * that encoding, and when the encoding cannot carry a character of it, the value goes without
 * bytes and every such character is reported; nothing is ever replaced.
 */
final class SoapAnswers {

    private SoapAnswers() {}

    static TextEncoding encoding(Encoding asked) {
        return asked == null ? TextEncoding.UTF_8 : TextEncoding.valueOf(asked.value());
    }

    static Answer write(tw.rislink.query.control.Answer answer, TextEncoding encoding, RegisterTextCodec codec) {
        Answer written = new Answer();
        written.setTransaction(answer.transaction().name());
        written.setEncoding(Encoding.fromValue(encoding.name()));
        for (Row row : answer.rows()) {
            written.getRecord().add(record(row, encoding, codec, written.getUnencodable()));
        }
        return written;
    }

    private static Record record(Row row, TextEncoding encoding, RegisterTextCodec codec, List<Unencodable> problems) {
        Record record = new Record();
        record.setKind(row.kind());
        for (tw.rislink.query.control.Answer.Field f : row.fields()) {
            Field field = new Field();
            field.setName(f.name());
            field.setItem(f.item());
            field.setValue(f.value());
            if (encoding != TextEncoding.UTF_8) {
                List<tw.rislink.register.control.Unencodable> cannot = codec.unencodable(f.value(), encoding);
                if (cannot.isEmpty()) {
                    field.setEncoded(codec.encode(f.value(), encoding));
                }
                for (tw.rislink.register.control.Unencodable c : cannot) {
                    Unencodable problem = new Unencodable();
                    problem.setKind(row.kind());
                    problem.setField(f.name());
                    problem.setPosition(c.position());
                    problem.setCodePoint(String.format(Locale.ROOT, "U+%04X", c.codePoint()));
                    problem.setCns(c.cns() == null ? null : c.cns().toString());
                    problems.add(problem);
                }
            }
            record.getField().add(field);
        }
        for (Row child : row.rows()) {
            record.getRecord().add(record(child, encoding, codec, problems));
        }
        return record;
    }
}
