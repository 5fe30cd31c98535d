package uk.nhs.smartcardportal.cards.sitechange;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SiteChangeRequestRepository extends JpaRepository<SiteChangeRequest, Long> {

    String SUMMARY = "select new uk.nhs.smartcardportal.cards.sitechange.SiteChangeSummary(r.id, r.version, c.id, "
            + "concat(p.firstName, ' ', p.lastName), p.employeeNumber, f.name, t.name, r.reason, r.status, "
            + "r.requestedAt, r.decision.decidedAt, r.decision.decidedByName, r.decision.note) "
            + "from SiteChangeRequest r join r.card c join r.staff p join r.fromSite f join r.toSite t ";

    String FILTER = "where (:status is null or r.status = :status) "
            + "and (:siteId is null or f.id = :siteId or t.id = :siteId) "
            + "and (:person is null or lower(concat(p.firstName, ' ', p.lastName)) like :person escape '!' "
            + "or lower(p.employeeNumber) like :person escape '!') ";

    @Query(SUMMARY + FILTER + "order by r.requestedAt asc, r.id asc")
    List<SiteChangeSummary> queue(
            @Nullable SiteChangeStatus status, @Nullable Long siteId, @Nullable String person, Pageable pageable);

    @Query("select count(r) from SiteChangeRequest r join r.staff p join r.fromSite f join r.toSite t " + FILTER)
    long countQueue(@Nullable SiteChangeStatus status, @Nullable Long siteId, @Nullable String person);

    @Query(SUMMARY + "where c.id = :cardId order by r.requestedAt desc, r.id desc")
    List<SiteChangeSummary> forCard(Long cardId);

    boolean existsByCardIdAndStatus(Long cardId, @Nullable SiteChangeStatus status);

    long countByCardIdAndRequestedAtGreaterThanEqual(Long cardId, java.time.Instant since);
}
