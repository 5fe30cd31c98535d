package uk.nhs.smartcardportal.sessions;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CollectionSessionRepository extends JpaRepository<CollectionSession, Long> {

    String SUMMARY = "select new uk.nhs.smartcardportal.sessions.SessionSummary(s.id, site.id, site.name, "
            + "site.address, s.room, s.startsAt, s.endsAt, s.status) from CollectionSession s join s.site site ";

    @Query(SUMMARY + "where site.id = :siteId and s.status = 'SCHEDULED' and s.startsAt >= :from "
            + "order by s.startsAt, s.id")
    List<SessionSummary> upcomingAt(Long siteId, Instant from, Pageable pageable);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from CollectionSession s join fetch s.site where s.id = :id")
    Optional<CollectionSession> lockById(Long id);

    @Query(SUMMARY + "where s.id = :id")
    Optional<SessionSummary> summary(Long id);
}
