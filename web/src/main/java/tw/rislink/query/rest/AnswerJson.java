package tw.rislink.query.rest;

import static tw.rislink.platform.control.JsonKit.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import tw.rislink.query.control.Answer;

/**
 * An answer as the envelope's {@code responseData}: a verification job's checks as flat fields
 * ({@code checkAll}, {@code check…}: "1", "0" or "N/A"), as the MOI API's clients read them; every
 * other job's rows as {@code records}, each row an object of its kind and fields, its own rows in
 * arrays named by their kind. A field the agency may not receive is not there at all.
 */
final class AnswerJson {

    private AnswerJson() {}

    static JsonObjectBuilder responseData(Answer answer) {
        if (answer.transaction().verifies()) {
            JsonObjectBuilder checks = JSON.createObjectBuilder();
            answer.rows().get(0).fields().forEach(f -> checks.add(f.name(), f.value()));
            return checks;
        }
        JsonArrayBuilder records = JSON.createArrayBuilder();
        answer.rows().forEach(row -> records.add(row(row)));
        return JSON.createObjectBuilder()
                .add("transaction", answer.transaction().name())
                .add("records", records);
    }

    private static JsonObjectBuilder row(Answer.Row row) {
        JsonObjectBuilder object = JSON.createObjectBuilder().add("kind", row.kind());
        row.fields().forEach(f -> object.add(f.name(), f.value()));
        Map<String, JsonArrayBuilder> children = new LinkedHashMap<>();
        for (Answer.Row child : row.rows()) {
            children.computeIfAbsent(child.kind(), k -> JSON.createArrayBuilder())
                    .add(row(child));
        }
        children.forEach(object::add);
        return object;
    }
}
