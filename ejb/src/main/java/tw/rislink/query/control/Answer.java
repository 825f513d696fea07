package tw.rislink.query.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A transaction's answer as every channel writes it: rows of named fields, each field belonging
 * to the data item that carries it. Only fields of approved items are ever added: an item the
 * caller lacks is absent, never blank-filled, and so is a value the register does not hold.
 *
 * @param items the data items whose fields the answer carries, for the audit record
 */
public record Answer(Transaction transaction, List<Row> rows, Set<String> items) {

    /** One field: its name on the wire, the data item it belongs to (null for a row's key or a check), its text. */
    public record Field(String name, String item, String value) {}

    /** One record: a kind (person, household, member, …), its fields in order, and rows within it. */
    public record Row(String kind, List<Field> fields, List<Row> rows) {

        public Row(String kind) {
            this(kind, new ArrayList<>(), new ArrayList<>());
        }

        /** Adds the field if its item is approved and the register holds a value. */
        public Row add(Items approved, String item, String name, String value) {
            if (value != null && approved.has(item)) {
                fields.add(new Field(name, item, value));
                approved.returned(item);
            }
            return this;
        }

        /** A field every answer of this kind carries: the key asked by, or a check's outcome. */
        public Row key(String name, String value) {
            if (value != null) {
                fields.add(new Field(name, null, value));
            }
            return this;
        }

        public Row child(Row row) {
            rows.add(row);
            return this;
        }

        public String value(String name) {
            return fields.stream()
                    .filter(f -> f.name().equals(name))
                    .map(Field::value)
                    .findFirst()
                    .orElse(null);
        }
    }

    /** The items approved for this call, and which of them the answer used. */
    public static final class Items {

        private final Set<String> approved;
        private final Set<String> returned = new LinkedHashSet<>();

        public Items(Set<String> approved) {
            this.approved = Set.copyOf(approved);
        }

        public boolean has(String item) {
            return approved.contains(item);
        }

        void returned(String item) {
            returned.add(item);
        }

        public Set<String> returned() {
            return Collections.unmodifiableSet(returned);
        }
    }
}
