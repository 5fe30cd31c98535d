package uk.nhs.smartcardportal.cards.printing;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import uk.nhs.smartcardportal.cards.Smartcard;

/** Cards asked for and waiting to be printed. */
public interface PrintQueueRepository extends Repository<Smartcard, Long> {

    // Left joins to rows that always exist (foreign keys) let MariaDB drop them from the counts (table elimination).
    String QUEUE =
            "from Smartcard c left join c.staff s left join c.request r left join s.baseSite b left join c.replaces old "
                    + "where c.status = uk.nhs.smartcardportal.cards.CardStatus.REQUESTED "
                    + "and (:startFrom is null or s.startDate >= :startFrom) and (:startTo is null or s.startDate <= :startTo) "
                    + "and (:baseSiteId is null or b.id = :baseSiteId) "
                    + "and (:person is null or lower(concat(s.firstName, ' ', s.lastName)) like :person escape '!' "
                    + "or lower(s.employeeNumber) like :person escape '!') ";

    /** Oldest first: a card still requested last changed status when it was asked for (an index gives that order). */
    @Query(
            "select new uk.nhs.smartcardportal.cards.printing.PrintQueueRow(c.id, c.version, s.id, s.firstName, s.lastName, "
                    + "s.employeeNumber, s.jobTitle, s.startDate, b.id, b.name, r.reason, r.reasonText, r.requestedAt, "
                    + "old.serial) " + QUEUE + "order by c.statusChangedAt, c.id")
    List<PrintQueueRow> printQueue(
            @Nullable LocalDate startFrom,
            @Nullable LocalDate startTo,
            @Nullable Long baseSiteId,
            @Nullable String person,
            Pageable pageable);

    @Query("select count(c) " + QUEUE)
    long countPrintQueue(
            @Nullable LocalDate startFrom,
            @Nullable LocalDate startTo,
            @Nullable Long baseSiteId,
            @Nullable String person);
}
