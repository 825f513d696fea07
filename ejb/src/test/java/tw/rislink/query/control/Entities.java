package tw.rislink.query.control;

import java.lang.reflect.Field;
import java.util.Map;

/** Register entities as the database would hand them over: only JPA builds them in production. */
final class Entities {

    private Entities() {}

    static <T> T of(Class<T> type, Map<String, Object> fields) {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            T entity = constructor.newInstance();
            for (Map.Entry<String, Object> field : fields.entrySet()) {
                Field f = type.getDeclaredField(field.getKey());
                f.setAccessible(true);
                f.set(entity, field.getValue());
            }
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
