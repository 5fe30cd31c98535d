package uk.nhs.smartcardportal.base;

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
 * field; this catches what they do not.
 */
public class PlainTextGuard {

    private static final Map<Class<?>, List<Field>> TEXT_FIELDS = new ConcurrentHashMap<>();

    @PrePersist
    @PreUpdate
    public void check(Object entity) {
        for (Field field : TEXT_FIELDS.computeIfAbsent(entity.getClass(), PlainTextGuard::textFields)) {
            try {
                if (!PlainText.isClean((String) field.get(entity))) {
                    throw new RuleViolationException("Some of the text you entered " + PlainText.PROBLEM);
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
                if (field.getType() == String.class && !Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
        }
        return fields;
    }
}
