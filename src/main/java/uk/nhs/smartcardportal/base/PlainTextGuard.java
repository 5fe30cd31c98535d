package uk.nhs.smartcardportal.base;

import jakarta.persistence.Embedded;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last check before any entity is written (registered for all of them in META-INF/orm.xml): no text field holds
 * control characters, whichever form, import or service it came from. Services check first with a message naming the
 * field; this catches what they do not. Embedded values (a decision) are checked the same way.
 */
public class PlainTextGuard {

    private static final Map<Class<?>, List<Field>> TEXT_FIELDS = new ConcurrentHashMap<>();

    @PrePersist
    @PreUpdate
    public void check(Object entity) {
        for (Field field : TEXT_FIELDS.computeIfAbsent(entity.getClass(), PlainTextGuard::textFields)) {
            try {
                Object value = field.get(entity);
                if (value instanceof String text && !PlainText.isClean(text)) {
                    throw new RuleViolationException("Some of the text you entered " + PlainText.PROBLEM);
                } else if (value != null && !(value instanceof String)) {
                    check(value);
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static List<Field> textFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                boolean text = field.getType() == String.class || field.isAnnotationPresent(Embedded.class);
                if (text && !Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
        }
        return fields;
    }
}
