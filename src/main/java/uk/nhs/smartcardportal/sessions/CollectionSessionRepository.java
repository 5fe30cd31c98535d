package uk.nhs.smartcardportal.sessions;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CollectionSessionRepository extends JpaRepository<CollectionSession, Long> {

    String SUMMARY = "select new uk.nhs.smartcardportal.sessions.SessionSummary(s.id, site.id, site.name, "
            + "site.address, s.room, s.startsAt, s.endsAt, s.status, s.capacity) from CollectionSession s join s.site site ";

    @Query(SUMMARY + "where site.id = :siteId and s.status = 'SCHEDULED' and s.startsAt >= :from "
            + "order by s.startsAt, s.id")
    List<SessionSummary> upcomingAt(@Nullable Long siteId, @Nullable Instant from, Pageable pageable);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from CollectionSession s join fetch s.site where s.id = :id")
    Optional<CollectionSession> lockById(Long id);

    @Query(SUMMARY + "where s.id = :id")
    Optional<SessionSummary> summary(Long id);

    @Query("select count(s) from CollectionSession s where s.site.id = :siteId and lower(s.room) = lower(:room) "
            + "and s.status = 'SCHEDULED' and s.startsAt < :endsAt and s.endsAt > :startsAt "
            + "and (:exceptId is null or s.id <> :exceptId)")
    long countOverlapping(
            @Nullable Long siteId, String room, Instant startsAt, Instant endsAt, @Nullable Long exceptId);

    String ROWS = "select new uk.nhs.smartcardportal.sessions.SessionRow(s.id, s.version, site.id, site.name, s.room, "
            + "s.startsAt, s.endsAt, s.capacity, s.facilitators, s.notes, s.status, s.seriesId, s.cancelledReason, 0) "
            + "from CollectionSession s join s.site site ";
    String FILTER = "where (:siteId is null or site.id = :siteId) and (:from is null or s.startsAt >= :from) "
            + "and (:to is null or s.startsAt < :to) and (:status is null or s.status = :status) ";

    @Query("select s.startsAt from CollectionSession s where (:siteId is null or s.site.id = :siteId) "
            + "and (:from is null or s.startsAt >= :from) and (:to is null or s.startsAt < :to) "
            + "and (:status is null or s.status = :status) order by s.startsAt")
    List<Instant> startTimes(
            @Nullable Long siteId,
            @Nullable Instant from,
            @Nullable Instant to,
            @Nullable SessionStatus status,
            Pageable pageable);

    @Query(ROWS + FILTER + "and (:until is null or s.startsAt <= :until) order by s.startsAt, site.name, s.room, s.id")
    List<SessionRow> rows(
            @Nullable Long siteId,
            @Nullable Instant from,
            @Nullable Instant to,
            @Nullable Instant until,
            @Nullable SessionStatus status,
            Pageable pageable);
}
