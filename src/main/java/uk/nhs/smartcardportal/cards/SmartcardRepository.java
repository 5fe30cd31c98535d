package uk.nhs.smartcardportal.cards;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SmartcardRepository extends JpaRepository<Smartcard, Long> {

    /** A person's cards, newest first: the first is the one that matters to them. */
    @Query("select c from Smartcard c left join fetch c.collectionSite left join fetch c.session "
            + "where c.staff.id = :staffId order by c.id desc")
    List<Smartcard> findByStaffNewestFirst(Long staffId);

    Optional<Smartcard> findBySerial(String serial);

    String TEAM = "from Staff s left join s.baseSite b "
            + "left join Smartcard c on c.staff = s and c.id = (select max(c2.id) from Smartcard c2 where c2.staff = s) "
            + "left join c.collectionSite cs left join c.request r "
            + "where s.lineManager.id = :managerId "
            + "and (:person is null or lower(concat(s.firstName, ' ', s.lastName)) like :person escape '!' "
            + "or lower(s.employeeNumber) like :person escape '!') "
            + "and (:decisionNeededOnly = false or (s.smartcardNeed = uk.nhs.smartcardportal.staff.SmartcardNeed.UNKNOWN "
            + "and c.id is null)) ";

    @Query("select new uk.nhs.smartcardportal.cards.TeamMemberRow(s.id, s.firstName, s.lastName, s.employeeNumber, "
            + "s.jobTitle, s.startDate, b.name, s.smartcardNeed, c.id, c.version, c.status, cs.name, r.origin) " + TEAM
            + "order by s.lastName, s.firstName, s.id")
    List<TeamMemberRow> team(Long managerId, String person, boolean decisionNeededOnly,
            Pageable pageable);

    @Query("select count(s) " + TEAM)
    long countTeam(Long managerId, String person, boolean decisionNeededOnly);

    // Left joins to rows that always exist (foreign keys) let MariaDB drop them from the counts (table elimination).
    String QUEUE = "from Smartcard c left join c.staff s left join c.request r left join s.baseSite b left join c.replaces old "
            + "where c.status = uk.nhs.smartcardportal.cards.CardStatus.REQUESTED "
            + "and (:startFrom is null or s.startDate >= :startFrom) and (:startTo is null or s.startDate <= :startTo) "
            + "and (:baseSiteId is null or b.id = :baseSiteId) "
            + "and (:person is null or lower(concat(s.firstName, ' ', s.lastName)) like :person escape '!' "
            + "or lower(s.employeeNumber) like :person escape '!') ";

    /** Oldest first: a card still requested last changed status when it was asked for (an index gives that order). */
    @Query("select new uk.nhs.smartcardportal.cards.PrintQueueRow(c.id, c.version, s.id, s.firstName, s.lastName, "
            + "s.employeeNumber, s.jobTitle, s.startDate, b.id, b.name, r.reason, r.reasonText, r.requestedAt, "
            + "old.serial) " + QUEUE + "order by c.statusChangedAt, c.id")
    List<PrintQueueRow> printQueue(LocalDate startFrom, LocalDate startTo, Long baseSiteId, String person,
            Pageable pageable);

    @Query("select count(c) " + QUEUE)
    long countPrintQueue(LocalDate startFrom, LocalDate startTo, Long baseSiteId, String person);

    /** The print queue's size when nobody filters it: from the status index alone, without reading each person. */
    long countByStatus(CardStatus status);

    @Query("select distinct c.staff.id from Smartcard c where c.staff.id in :staffIds and c.status not in ("
            + "uk.nhs.smartcardportal.cards.CardStatus.CANCELLED, uk.nhs.smartcardportal.cards.CardStatus.DESTROYED, "
            + "uk.nhs.smartcardportal.cards.CardStatus.LOST)")
    List<Long> staffWithActiveCard(java.util.Collection<Long> staffIds);

    @Query("select c.session.id, count(c) from Smartcard c where c.session.id in :sessionIds and c.status in ("
            + "uk.nhs.smartcardportal.cards.CardStatus.ALLOCATED, uk.nhs.smartcardportal.cards.CardStatus.AT_SESSION,"
            + " uk.nhs.smartcardportal.cards.CardStatus.COLLECTED) group by c.session.id")
    List<Object[]> countBookedOntoEach(java.util.Collection<Long> sessionIds);

    @Query("select c from Smartcard c where c.session.id = :sessionId and c.status in :statuses order by c.id")
    List<Smartcard> findOnSession(Long sessionId, java.util.Collection<CardStatus> statuses);

    @Query("select new uk.nhs.smartcardportal.cards.AllocationCandidate(c.id, c.version, s.firstName, s.lastName, "
            + "s.employeeNumber, c.serial, cs.id, cs.name, c.statusChangedAt) from Smartcard c left join c.staff s "
            + "left join c.collectionSite cs where c.waitingForSession = true "
            + "and (:siteId is null or c.collectionSite.id = :siteId) order by c.statusChangedAt, c.id")
    List<AllocationCandidate> waitingForASession(Long siteId, Pageable pageable);

    String RUN_SHEET = "select new uk.nhs.smartcardportal.cards.RunSheetLine(c.id, c.version, s.firstName, "
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
    List<RunSheetLine> findAtSession(Long sessionId, java.util.Collection<CardStatus> statuses, String text,
            Pageable pageable);

    @Query("select c.status, count(c) from Smartcard c where c.session.id = :sessionId group by c.status")
    List<Object[]> countOnSessionByStatus(Long sessionId);

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

    @Query("select c.session.id, c.status, count(c) from Smartcard c where c.session.id in :sessionIds "
            + "group by c.session.id, c.status")
    List<Object[]> countBySessionAndStatus(java.util.Collection<Long> sessionIds);

    @Query("select c from Smartcard c join fetch c.staff where c.custody.kind = "
            + "uk.nhs.smartcardportal.cards.CustodyKind.SITE and c.custody.siteId = :siteId order by c.serial")
    List<Smartcard> heldAt(Long siteId);


    @Query("select new uk.nhs.smartcardportal.cards.CustodyRow(c.id, c.version, c.serial, s.firstName, s.lastName, "
            + "s.employeeNumber, c.status, c.custody.kind, here.name, c.custody.sessionId, cs.name, c.printedAt) "
            + "from Smartcard c join c.staff s left join c.collectionSite cs "
            + "left join Site here on here.id = c.custody.siteId "
            + "where c.status = uk.nhs.smartcardportal.cards.CardStatus.PRINTED "
            + "and c.custody.kind = uk.nhs.smartcardportal.cards.CustodyKind.RECRUITMENT order by c.printedAt, c.id")
    List<CustodyRow> printedNotReceived(Pageable pageable);

    long countByStatusAndCustodyKind(CardStatus status, CustodyKind kind);

    String IN_CUSTODY = "from Smartcard c left join c.staff s left join c.collectionSite cs "
            + "left join Site here on here.id = c.custody.siteId "
            + "where c.heldByTrust = true "
            + "and (:siteId is null or c.custody.siteId = :siteId) and (:status is null or c.status = :status) "
            + "and (:printedBefore is null or c.printedAt <= :printedBefore) "
            + "and (:text is null or c.serial like :text escape '!' or lower(s.employeeNumber) like :text escape '!' "
            + "or lower(concat(s.firstName, ' ', s.lastName)) like :text escape '!') ";

    @Query("select new uk.nhs.smartcardportal.cards.CustodyRow(c.id, c.version, c.serial, s.firstName, s.lastName, "
            + "s.employeeNumber, c.status, c.custody.kind, here.name, c.custody.sessionId, cs.name, c.printedAt) "
            + IN_CUSTODY + "order by c.printedAt, c.id")
    List<CustodyRow> inCustody(Long siteId, CardStatus status, java.time.Instant printedBefore, String text,
            Pageable pageable);

    @Query("select count(c) " + IN_CUSTODY)
    long countInCustody(Long siteId, CardStatus status, java.time.Instant printedBefore, String text);

    /** The same count when nobody searches by name or number: from the card's own index, with no joins. */
    @Query("select count(c) from Smartcard c where c.heldByTrust = true "
            + "and (:siteId is null or c.custody.siteId = :siteId) "
            + "and (:status is null or c.status = :status) "
            + "and (:printedBefore is null or c.printedAt <= :printedBefore)")
    long countInCustodyUnsearched(Long siteId, CardStatus status, java.time.Instant printedBefore);

    String ISSUED = "from Smartcard c left join c.staff s left join c.collectionSite cs where c.serial is not null "
            + "and (:search is null or c.serial like :search escape '!' or lower(s.employeeNumber) like :search "
            + "escape '!' or lower(concat(s.firstName, ' ', s.lastName)) like :search escape '!') ";

    @Query("select new uk.nhs.smartcardportal.cards.IssuedCardRow(c.id, c.version, c.serial, c.status, "
            + "c.statusChangedAt, s.firstName, s.lastName, s.employeeNumber, cs.name) " + ISSUED
            + "order by c.statusChangedAt desc, c.id desc")
    List<IssuedCardRow> issued(String search, Pageable pageable);

    @Query("select count(c) " + ISSUED)
    long countIssued(String search);

    @Query("select count(c) from Smartcard c where c.session.id = :sessionId and c.status in "
            + "(uk.nhs.smartcardportal.cards.CardStatus.ALLOCATED, uk.nhs.smartcardportal.cards.CardStatus.AT_SESSION,"
            + " uk.nhs.smartcardportal.cards.CardStatus.COLLECTED)")
    long countBookedOnto(Long sessionId);

    /** Cards per status among those given: an index range, where counting every status would read every card. */
    @Query("select c.status, count(c) from Smartcard c where c.status in :statuses group by c.status")
    List<Object[]> countByStatus(java.util.Collection<CardStatus> statuses);

    /**
     * Among cards in the statuses given, those printed in the last 90 days, by how long ago: [≤30, 31–60, 61–90 days].
     * Older ones are the rest, worked out from the counts per status: counting them here would read every one.
     */
    @Query("select sum(case when c.printedAt >= :days30 then 1 else 0 end), "
            + "sum(case when c.printedAt < :days30 and c.printedAt >= :days60 then 1 else 0 end), "
            + "sum(case when c.printedAt < :days60 then 1 else 0 end) "
            + "from Smartcard c where c.status in :statuses and c.printedAt >= :days90")
    List<Object[]> printedWithin90Days(java.util.Collection<CardStatus> statuses, java.time.Instant days30,
            java.time.Instant days60, java.time.Instant days90);

    long countByStatusInAndPrintedAtIsNull(java.util.Collection<CardStatus> statuses);
}
