package uk.nhs.smartcardportal.audit;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import uk.nhs.smartcardportal.base.LikePattern;
import uk.nhs.smartcardportal.base.UkTime;

final class AuditSpecifications {

    private AuditSpecifications() {}

    static Specification<AuditEvent> matching(AuditFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (hasText(filter.actor())) {
                where.add(cb.like(
                        cb.lower(root.get("actorName")), LikePattern.containing(filter.actor()), LikePattern.ESCAPE));
            }
            if (hasText(filter.action())) {
                where.add(cb.like(
                        cb.lower(root.get("action")), LikePattern.containing(filter.action()), LikePattern.ESCAPE));
            }
            if (hasText(filter.entityType())) {
                where.add(cb.equal(root.get("entityType"), filter.entityType().strip()));
            }
            if (hasText(filter.entityId())) {
                where.add(cb.equal(root.get("entityId"), filter.entityId().strip()));
            }
            if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(
                        root.get("occurredAt"),
                        filter.from().atStartOfDay(UkTime.ZONE).toInstant()));
            }
            if (filter.to() != null) {
                where.add(cb.lessThan(
                        root.get("occurredAt"),
                        filter.to().plusDays(1).atStartOfDay(UkTime.ZONE).toInstant()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
