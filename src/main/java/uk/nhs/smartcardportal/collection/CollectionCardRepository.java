package uk.nhs.smartcardportal.collection;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.Smartcard;

/** Cards on their way to collection sessions: booking, the run sheet, the desk, reminders, figures. */
public interface CollectionCardRepository extends Repository<Smartcard, Long> {

    Optional<Smartcard> findById(Long id);

    @Query("select c from Smartcard c where c.session.id = :sessionId and c.status in :statuses order by c.id")
    List<Smartcard> findOnSession(Long sessionId, java.util.Collection<CardStatus> statuses);

    @Query("select new uk.nhs.smartcardportal.collection.AllocationCandidate(c.id, c.version, s.firstName, s.lastName, "
            + "s.employeeNumber, c.serial, cs.id, cs.name, c.statusChangedAt) from Smartcard c left join c.staff s "
            + "left join c.collectionSite cs where c.waitingForSession = true "
            + "and (:siteId is null or c.collectionSite.id = :siteId) order by c.statusChangedAt, c.id")
    List<AllocationCandidate> waitingForASession(@Nullable Long siteId, Pageable pageable);

    String RUN_SHEET = "select new uk.nhs.smartcardportal.collection.RunSheetLine(c.id, c.version, s.firstName, "
            + "s.lastName, s.employeeNumber, c.serial, cs.name, c.status, handed.actorName, handed.occurredAt) "
            + "from Smartcard c join c.staff s join c.collectionSite cs "
            + "left join CardTransition handed on handed.cardId = c.id "
            + "and handed.toStatus = uk.nhs.smartcardportal.cards.CardStatus.COLLECTED "
            + "where c.session.id = :sessionId ";

    @Query(RUN_SHEET + "and c.status in :statuses order by s.lastName, s.firstName, c.id")
    List<RunSheetLine> runSheet(Long sessionId, java.util.Collection<CardStatus> statuses);

    @Query(RUN_SHEET + "and c.status in :statuses and (c.serial like :text escape '!' "
            + "or lower(s.employeeNumber) like :text escape '!' "
            + "or lower(concat(s.firstName, ' ', s.lastName)) like :text escape '!') "
            + "order by s.lastName, s.firstName, c.id")
    List<RunSheetLine> findAtSession(
            Long sessionId, java.util.Collection<CardStatus> statuses, String text, Pageable pageable);

    @Query("select new uk.nhs.smartcardportal.collection.SessionStatusCount(c.session.id, c.status, count(c)) "
            + "from Smartcard c where c.session.id = :sessionId group by c.session.id, c.status")
    List<SessionStatusCount> countOnSessionByStatus(Long sessionId);

    @Query("select c from Smartcard c join fetch c.session s where c.status = "
            + "uk.nhs.smartcardportal.cards.CardStatus.ALLOCATED and s.status = "
            + "uk.nhs.smartcardportal.sessions.SessionStatus.SCHEDULED and s.startsAt >= :from and s.startsAt < :to "
            + "and (c.remindedSessionId is null or c.remindedSessionId <> s.id) order by c.id")
    List<Smartcard> dueAReminder(java.time.Instant from, java.time.Instant to);

    /** Claims the reminder for this card and session; 0 when another instance already has. */
    @org.springframework.data.jpa.repository.Modifying
    @Query("update Smartcard c set c.remindedSessionId = :sessionId where c.id = :cardId "
            + "and (c.remindedSessionId is null or c.remindedSessionId <> :sessionId)")
    int claimReminder(Long cardId, Long sessionId);

    @Query("select new uk.nhs.smartcardportal.collection.SessionStatusCount(c.session.id, c.status, count(c)) "
            + "from Smartcard c where c.session.id in :sessionIds group by c.session.id, c.status")
    List<SessionStatusCount> countBySessionAndStatus(java.util.Collection<Long> sessionIds);

    /** Printed cards whose number, holder's name or employee number contains the text, newest change first. */
    @Query("select c from Smartcard c join c.staff s where c.serial is not null and (c.serial like :search escape '!' "
            + "or lower(s.employeeNumber) like :search escape '!' "
            + "or lower(concat(s.firstName, ' ', s.lastName)) like :search escape '!') "
            + "order by c.statusChangedAt desc, c.id desc")
    List<Smartcard> withNumberMatching(String search, Pageable pageable);
}
