package uk.nhs.smartcardportal.audit;

import java.util.Collection;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {

    @Modifying
    @Query("update AuditEvent e set e.beforeValue = null, e.afterValue = null, e.actorName = '' "
            + "where e.entityType = :type and e.entityId in :ids")
    int forgetDetails(@Param("type") String entityType, @Param("ids") Collection<String> entityIds);
}
