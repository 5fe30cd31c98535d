package uk.nhs.smartcardportal.audit;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import uk.nhs.smartcardportal.base.UkTime;

final class AuditSpecifications {

    /** Not a backslash: MariaDB would read that as a string escape inside the SQL literal. */
    private static final char ESCAPE = '!';

    private AuditSpecifications() {
    }

    static Specification<AuditEvent> matching(AuditFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (hasText(filter.actor())) {
                where.add(cb.like(cb.lower(root.get("actorName")), containing(filter.actor()), ESCAPE));
            }
            if (hasText(filter.action())) {
                where.add(cb.like(cb.lower(root.get("action")), containing(filter.action()), ESCAPE));
            }
            if (hasText(filter.entityType())) {
                where.add(cb.equal(root.get("entityType"), filter.entityType().strip()));
            }
            if (hasText(filter.entityId())) {
                where.add(cb.equal(root.get("entityId"), filter.entityId().strip()));
            }
            if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"),
                        filter.from().atStartOfDay(UkTime.ZONE).toInstant()));
            }
            if (filter.to() != null) {
                where.add(cb.lessThan(root.get("occurredAt"),
                        filter.to().plusDays(1).atStartOfDay(UkTime.ZONE).toInstant()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static String containing(String text) {
        String escaped = text.strip().toLowerCase()
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
