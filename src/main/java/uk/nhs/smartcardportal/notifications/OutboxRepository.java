package uk.nhs.smartcardportal.notifications;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    /**
     * The messages due now, locked for this transaction; rows another sender has locked are skipped, so several
     * portal instances share the work and never send a message twice.
     */
    @Query(value = "select * from outbox_message where status = 'PENDING' and next_attempt_at <= :now "
            + "order by id limit :batch for update skip locked", nativeQuery = true)
    List<OutboxMessage> lockDue(Instant now, int batch);

    List<OutboxMessage> findByRecipientStaffIdOrderByCreatedAtDesc(Long staffId);
}
