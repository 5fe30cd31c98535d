package uk.nhs.smartcardportal.notifications;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    /**
     * The messages due now, locked for this transaction; rows another sender has locked are skipped, so several
     * portal instances share the work and never send a message twice.
     */
    @Query(
            value = "select * from outbox_message where status = 'PENDING' and next_attempt_at <= :now "
                    + "order by id limit :batch for update skip locked",
            nativeQuery = true)
    List<OutboxMessage> lockDue(Instant now, int batch);

    /**
     * Messages Notify accepted since {@code since} whose fate it has not told yet and which were last asked about
     * before {@code askedBefore}, locked like {@link #lockDue}.
     */
    @Query(
            value = "select * from outbox_message where status = 'SENT' and provider_id is not null "
                    + "and sent_at >= :since and (delivery_status is null or delivery_status in "
                    + "('created', 'sending', 'pending', 'accepted')) "
                    + "and (delivery_checked_at is null or delivery_checked_at <= :askedBefore) "
                    + "order by id limit :batch for update skip locked",
            nativeQuery = true)
    List<OutboxMessage> lockAwaitingReceipt(Instant since, Instant askedBefore, int batch);

    List<OutboxMessage> findTop100ByRecipientStaffIdOrderByCreatedAtDescIdDesc(Long staffId);

    String FILTER = "from OutboxMessage m where (:status is null or m.status = :status) "
            + "and (:text is null or lower(m.recipientEmail) like :text escape '!' or m.recipientMobile like :text "
            + "escape '!' or lower(m.subject) like :text "
            + "escape '!' or lower(m.kind) like :text escape '!') ";

    @Query("select m " + FILTER + "order by m.createdAt desc, m.id desc")
    List<OutboxMessage> filtered(
            @Nullable OutboxStatus status, @Nullable String text, org.springframework.data.domain.Pageable page);

    @Query("select count(m) " + FILTER)
    long countFiltered(@Nullable OutboxStatus status, @Nullable String text);
}
