package uk.nhs.smartcardportal.cards;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The cards themselves; each kind of work on them reads what it needs through a repository of its own. */
public interface SmartcardRepository extends JpaRepository<Smartcard, Long> {

    /** A person's cards, newest first: the first is the one that matters to them. */
    @Query("select c from Smartcard c left join fetch c.collectionSite left join fetch c.session "
            + "where c.staff.id = :staffId order by c.id desc")
    List<Smartcard> findByStaffNewestFirst(Long staffId);

    Optional<Smartcard> findBySerial(String serial);

    @Query("select c from Smartcard c join fetch c.staff where c.serial in :serials")
    List<Smartcard> findBySerialIn(java.util.Collection<String> serials);

    @Query("select distinct c.staff.id from Smartcard c where c.staff.id in :staffIds and c.status not in :ended")
    List<Long> staffWithCardOtherThan(java.util.Collection<Long> staffIds, java.util.Collection<CardStatus> ended);

    @Query("select new uk.nhs.smartcardportal.cards.SessionCardCount(c.session.id, count(c)) from Smartcard c "
            + "where c.session.id in :sessionIds and c.status in :statuses group by c.session.id")
    List<SessionCardCount> countOnEach(
            java.util.Collection<Long> sessionIds, java.util.Collection<CardStatus> statuses);

    default List<SessionCardCount> countBookedOntoEach(java.util.Collection<Long> sessionIds) {
        return countOnEach(sessionIds, CardStatus.TAKING_A_PLACE);
    }

    String ISSUED = "from Smartcard c left join c.staff s left join c.collectionSite cs where c.serial is not null "
            + "and (:search is null or c.serial like :search escape '!' or lower(s.employeeNumber) like :search "
            + "escape '!' or lower(concat(s.firstName, ' ', s.lastName)) like :search escape '!') ";

    @Query("select new uk.nhs.smartcardportal.cards.IssuedCardRow(c.id, c.version, c.serial, c.status, "
            + "c.statusChangedAt, s.firstName, s.lastName, s.employeeNumber, cs.name) " + ISSUED
            + "order by c.statusChangedAt desc, c.id desc")
    List<IssuedCardRow> issued(@Nullable String search, Pageable pageable);

    @Query("select count(c) " + ISSUED)
    long countIssued(@Nullable String search);

    @Query("select count(c) from Smartcard c where c.session.id = :sessionId and c.status in :statuses")
    long countOn(Long sessionId, java.util.Collection<CardStatus> statuses);

    default long countBookedOnto(Long sessionId) {
        return countOn(sessionId, CardStatus.TAKING_A_PLACE);
    }

    String TO_RECOVER = "from Smartcard c join c.staff s where c.leaverOutcome = "
            + "uk.nhs.smartcardportal.cards.LeaverOutcome.TO_BE_RETURNED ";

    @Query("select new uk.nhs.smartcardportal.cards.CardToRecover(c.id, c.version, c.serial, s.firstName, s.lastName, "
            + "s.employeeNumber, s.department, s.leavingDate) " + TO_RECOVER
            + "order by s.leavingDate, s.lastName, s.firstName, c.id")
    List<CardToRecover> toRecover(Pageable pageable);

    @Query("select count(c) " + TO_RECOVER)
    long countToRecover();
}
