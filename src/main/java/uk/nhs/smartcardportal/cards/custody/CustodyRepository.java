package uk.nhs.smartcardportal.cards.custody;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.CustodyKind;
import uk.nhs.smartcardportal.cards.Smartcard;

/** The cards the trust holds, where they are, and how long they have waited. */
public interface CustodyRepository extends Repository<Smartcard, Long> {

    @Query("select c from Smartcard c join fetch c.staff where c.custody.kind = "
            + "uk.nhs.smartcardportal.cards.CustodyKind.SITE and c.custody.siteId = :siteId order by c.serial")
    List<Smartcard> heldAt(@Nullable Long siteId);

    @Query(
            "select new uk.nhs.smartcardportal.cards.custody.CustodyRow(c.id, c.version, c.serial, s.firstName, s.lastName, "
                    + "s.employeeNumber, c.status, c.custody.kind, here.name, c.custody.sessionId, cs.name, c.printedAt) "
                    + "from Smartcard c join c.staff s left join c.collectionSite cs "
                    + "left join Site here on here.id = c.custody.siteId "
                    + "where c.status = uk.nhs.smartcardportal.cards.CardStatus.PRINTED "
                    + "and c.custody.kind = uk.nhs.smartcardportal.cards.CustodyKind.RECRUITMENT order by c.printedAt, c.id")
    List<CustodyRow> printedNotReceived(Pageable pageable);

    long countByStatusAndCustodyKind(@Nullable CardStatus status, CustodyKind kind);

    String IN_CUSTODY = "from Smartcard c left join c.staff s left join c.collectionSite cs "
            + "left join Site here on here.id = c.custody.siteId "
            + "where c.heldByTrust = true "
            + "and (:siteId is null or c.custody.siteId = :siteId) and (:status is null or c.status = :status) "
            + "and (:printedBefore is null or c.printedAt <= :printedBefore) "
            + "and (:text is null or c.serial like :text escape '!' or lower(s.employeeNumber) like :text escape '!' "
            + "or lower(concat(s.firstName, ' ', s.lastName)) like :text escape '!') ";

    @Query(
            "select new uk.nhs.smartcardportal.cards.custody.CustodyRow(c.id, c.version, c.serial, s.firstName, s.lastName, "
                    + "s.employeeNumber, c.status, c.custody.kind, here.name, c.custody.sessionId, cs.name, c.printedAt) "
                    + IN_CUSTODY + "order by c.printedAt, c.id")
    List<CustodyRow> inCustody(
            @Nullable Long siteId,
            @Nullable CardStatus status,
            java.time.@Nullable Instant printedBefore,
            @Nullable String text,
            Pageable pageable);

    @Query("select count(c) " + IN_CUSTODY)
    long countInCustody(
            @Nullable Long siteId,
            @Nullable CardStatus status,
            java.time.@Nullable Instant printedBefore,
            @Nullable String text);

    /** The same count when nobody searches by name or number: from the card's own index, with no joins. */
    @Query("select count(c) from Smartcard c where c.heldByTrust = true "
            + "and (:siteId is null or c.custody.siteId = :siteId) "
            + "and (:status is null or c.status = :status) "
            + "and (:printedBefore is null or c.printedAt <= :printedBefore)")
    long countInCustodyUnsearched(
            @Nullable Long siteId, @Nullable CardStatus status, java.time.@Nullable Instant printedBefore);

    /**
     * Among cards in the statuses given, those printed in the last 90 days, by how long ago: [≤30, 31–60, 61–90 days].
     * Older ones are the rest, worked out from the counts per status: counting them here would read every one.
     */
    @Query("select new uk.nhs.smartcardportal.cards.custody.PrintedAgeCounts("
            + "sum(case when c.printedAt >= :days30 then 1 else 0 end), "
            + "sum(case when c.printedAt < :days30 and c.printedAt >= :days60 then 1 else 0 end), "
            + "sum(case when c.printedAt < :days60 then 1 else 0 end)) "
            + "from Smartcard c where c.status in :statuses and c.printedAt >= :days90")
    PrintedAgeCounts printedWithin90Days(
            java.util.Collection<CardStatus> statuses,
            java.time.Instant days30,
            java.time.Instant days60,
            java.time.Instant days90);
}
