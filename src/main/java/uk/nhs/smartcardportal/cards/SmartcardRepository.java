package uk.nhs.smartcardportal.cards;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SmartcardRepository extends JpaRepository<Smartcard, Long> {

    /** A person's cards, newest first: the first is the one that matters to them. */
    @Query("select c from Smartcard c left join fetch c.collectionSite left join fetch c.session "
            + "where c.staff.id = :staffId order by c.id desc")
    List<Smartcard> findByStaffNewestFirst(Long staffId);

    Optional<Smartcard> findBySerial(String serial);

    @Query("select count(c) from Smartcard c where c.session.id = :sessionId and c.status in "
            + "(uk.nhs.smartcardportal.cards.CardStatus.ALLOCATED, uk.nhs.smartcardportal.cards.CardStatus.AT_SESSION,"
            + " uk.nhs.smartcardportal.cards.CardStatus.COLLECTED)")
    long countBookedOnto(Long sessionId);
}
