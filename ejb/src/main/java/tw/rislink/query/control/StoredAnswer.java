package tw.rislink.query.control;

import static tw.rislink.platform.control.JsonKit.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An answer as the electronic gate keeps it: one JSON text (rows, each field with its data item)
 * that reads back into the same {@link Answer}, its SHA-256 (the digest a verification code
 * confirms) and the verification code itself.
 */
public final class StoredAnswer {

    /** Letters and digits no one misreads (no 0/O, 1/I/L): 31 of them, so 16 carry 79 bits. */
    static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private static final SecureRandom RANDOM = new SecureRandom();

    private StoredAnswer() {}

    /** The JSON of an answer; the same answer always gives the same text. */
    public static String json(Answer answer) {
        JsonArrayBuilder rows = JSON.createArrayBuilder();
        answer.rows().forEach(r -> rows.add(row(r)));
        JsonArrayBuilder items = JSON.createArrayBuilder();
        answer.items().forEach(items::add);
        return JSON.createObjectBuilder()
                .add("transaction", answer.transaction().name())
                .add("items", items)
                .add("rows", rows)
                .build()
                .toString();
    }

    public static Answer parse(String json) {
        JsonObject object = JSON.createReader(new StringReader(json)).readObject();
        Set<String> items = new LinkedHashSet<>();
        object.getJsonArray("items").getValuesAs(jakarta.json.JsonString.class).forEach(s -> items.add(s.getString()));
        List<Answer.Row> rows = new ArrayList<>();
        object.getJsonArray("rows").getValuesAs(JsonObject.class).forEach(r -> rows.add(row(r)));
        return new Answer(Transaction.valueOf(object.getString("transaction")), rows, items);
    }

    /** The SHA-256 of the JSON text (UTF-8), in lower-case hex. */
    public static String digest(String json) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The records an answer holds: its rows and theirs. */
    public static int records(Answer answer) {
        return count(answer.rows());
    }

    private static int count(List<Answer.Row> rows) {
        int n = rows.size();
        for (Answer.Row row : rows) {
            n += count(row.rows());
        }
        return n;
    }

    /** A new verification code: 16 characters of {@link #CODE_ALPHABET} in four groups. */
    public static String newCode() {
        StringBuilder code = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * A code as typed (any case, spaces or dashes anywhere), in its stored form; null when it
     * cannot be a code, so that nothing is looked up for it.
     */
    public static String normalCode(String typed) {
        if (typed == null) {
            return null;
        }
        String bare = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (bare.length() != 16 || bare.chars().anyMatch(c -> CODE_ALPHABET.indexOf(c) < 0)) {
            return null;
        }
        return bare.substring(0, 4) + "-" + bare.substring(4, 8) + "-" + bare.substring(8, 12) + "-"
                + bare.substring(12);
    }

    private static JsonObject row(Answer.Row row) {
        JsonArrayBuilder fields = JSON.createArrayBuilder();
        for (Answer.Field f : row.fields()) {
            var field = JSON.createObjectBuilder().add("name", f.name()).add("value", f.value());
            if (f.item() != null) {
                field.add("item", f.item());
            }
            fields.add(field);
        }
        JsonArrayBuilder rows = JSON.createArrayBuilder();
        row.rows().forEach(r -> rows.add(row(r)));
        return JSON.createObjectBuilder()
                .add("kind", row.kind())
                .add("fields", fields)
                .add("rows", rows)
                .build();
    }

    private static Answer.Row row(JsonObject object) {
        Answer.Row row = new Answer.Row(object.getString("kind"));
        for (JsonObject f : object.getJsonArray("fields").getValuesAs(JsonObject.class)) {
            JsonValue item = f.get("item");
            row.fields()
                    .add(new Answer.Field(
                            f.getString("name"), item == null ? null : f.getString("item"), f.getString("value")));
        }
        JsonArray children = object.getJsonArray("rows");
        children.getValuesAs(JsonObject.class).forEach(c -> row.child(row(c)));
        return row;
    }
}
