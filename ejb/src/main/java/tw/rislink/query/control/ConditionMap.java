package tw.rislink.query.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import tw.rislink.credential.control.ApiRefusal;

/**
 * A REST job's conditionMap (the JWT claim, a JSON object sent as a string, DOMAIN.md §8a) as a
 * {@link Condition}: V1C104 takes the MOI names {@code ck_personId}, {@code ck_birthDate},
 * {@code ck_areaCode} (an array of issuing-area codes, or one code), {@code ck_idMark},
 * {@code ck_idMarkDate}, {@code ck_householdId}; every other job {@code personId},
 * {@code householdNumber}, {@code birthDate}, and ST01 {@code period}, {@code areaCode},
 * {@code level}. Every value is a JSON string; the values themselves are checked by
 * {@link Condition#checkedFor}.
 */
public final class ConditionMap {

    private ConditionMap() {}

    /** @throws QueryRefusal INVALID_QUERY for a value that is not a string (or, for ck_areaCode, strings) */
    public static Condition parse(Transaction transaction, JsonObject map) {
        if (transaction == Transaction.V1C104) {
            return new Condition(
                    text(map, "ck_personId"),
                    text(map, "ck_householdId"),
                    text(map, "ck_birthDate"),
                    null,
                    null,
                    null,
                    areas(map.get("ck_areaCode")),
                    text(map, "ck_idMark"),
                    text(map, "ck_idMarkDate"));
        }
        return new Condition(
                text(map, "personId"),
                text(map, "householdNumber"),
                text(map, "birthDate"),
                text(map, "period"),
                text(map, "areaCode"),
                text(map, "level"),
                List.of(),
                null,
                null);
    }

    private static String text(JsonObject map, String name) {
        JsonValue value = map.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw QueryRefusal.invalid(
                    "conditionMap." + name + " is " + ApiRefusal.shown(value.toString()) + ": it should be a string");
        }
        return text.getString();
    }

    private static List<String> areas(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (value instanceof JsonString one) {
            return List.of(one.getString());
        }
        if (!(value instanceof JsonArray array) || array.size() > 27) {
            throw QueryRefusal.invalid("conditionMap.ck_areaCode should be an array of at most 27 issuing-area codes");
        }
        List<String> codes = new ArrayList<>();
        for (JsonValue code : array) {
            if (!(code instanceof JsonString text)) {
                throw QueryRefusal.invalid("conditionMap.ck_areaCode holds " + ApiRefusal.shown(code.toString())
                        + ": every code should be a string");
            }
            codes.add(text.getString());
        }
        return codes;
    }
}
