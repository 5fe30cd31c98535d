package uk.nhs.smartcardportal.cards.requests;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.Smartcard;

/** The cards of a manager's team, as managers ask for them. */
public interface TeamRepository extends Repository<Smartcard, Long> {

    String TEAM = "from Staff s left join s.baseSite b "
            + "left join Smartcard c on c.staff = s and c.id = (select max(c2.id) from Smartcard c2 where c2.staff = s) "
            + "left join c.collectionSite cs left join c.request r "
            + "left join StaffMove m on m.staff = s and m.appliedAt is null "
            + "left join m.lineManager mm left join m.baseSite ms "
            // people joining the team are looked up first: an "or" across the join to their move would read all staff
            + "where (s.lineManager.id = :managerId or s.id in :joining) and s.recordEndedAt is null "
            + "and (:person is null or lower(concat(s.firstName, ' ', s.lastName)) like :person escape '!' "
            + "or lower(s.employeeNumber) like :person escape '!') "
            + "and (:decisionNeededOnly = false or (s.smartcardNeed = uk.nhs.smartcardportal.staff.SmartcardNeed.UNKNOWN "
            + "and c.id is null)) ";

    @Query(
            "select new uk.nhs.smartcardportal.cards.requests.TeamMemberRow(s.id, s.firstName, s.lastName, s.employeeNumber, "
                    + "s.jobTitle, s.startDate, b.name, s.smartcardNeed, c.id, c.version, c.status, cs.name, r.origin, "
                    + "m.effectiveDate, case when mm.id = :managerId then true else false end, concat(mm.firstName, ' ', mm.lastName), ms.name, m.staffGroup) "
                    + TEAM
                    + "order by s.lastName, s.firstName, s.id")
    List<TeamMemberRow> team(
            Long managerId,
            Collection<Long> joining,
            @Nullable String person,
            boolean decisionNeededOnly,
            Pageable pageable);

    @Query("select count(s) " + TEAM)
    long countTeam(Long managerId, Collection<Long> joining, @Nullable String person, boolean decisionNeededOnly);

    @Query("select m.staff.id from StaffMove m where m.lineManager.id = :managerId and m.appliedAt is null")
    List<Long> movingInto(Long managerId);

    /** Who is joining the manager's team by a move not yet made; never empty (no record has id 0), to bind as a list. */
    default List<Long> joining(Long managerId) {
        List<Long> joining = movingInto(managerId);
        return joining.isEmpty() ? List.of(0L) : joining;
    }

    @Query("select distinct c.staff.id from Smartcard c where c.staff.id in :staffIds and c.status not in :ended")
    List<Long> staffWithCardOtherThan(Collection<Long> staffIds, Collection<CardStatus> ended);

    /** Of the people given, those with a card that has not been cancelled, destroyed or lost. */
    default List<Long> staffWithActiveCard(Collection<Long> staffIds) {
        return staffWithCardOtherThan(staffIds, CardStatus.NEVER_COLLECTED);
    }
}
