package uk.nhs.smartcardportal.cards.requests;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CardAskRepository extends JpaRepository<CardAsk, Long> {

    Optional<CardAsk> findFirstByStaffIdAndStatus(Long staffId, CardAskStatus status);

    String TEAM_OPEN = "from CardAsk a join a.staff s where s.lineManager.id = :managerId and s.recordEndedAt is null "
            + "and a.status = uk.nhs.smartcardportal.cards.requests.CardAskStatus.OPEN ";

    @Query("select new uk.nhs.smartcardportal.cards.requests.CardAskRow(a.id, s.id, s.firstName, s.lastName, "
            + "s.employeeNumber, s.jobTitle, a.reason, a.reasonText, a.askedAt) " + TEAM_OPEN
            + "order by a.askedAt, a.id")
    List<CardAskRow> openForTeam(Long managerId, Pageable page);

    @Query("select count(a) " + TEAM_OPEN)
    long countOpenForTeam(Long managerId);
}
