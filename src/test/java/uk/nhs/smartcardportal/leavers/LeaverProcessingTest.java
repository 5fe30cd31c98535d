package uk.nhs.smartcardportal.leavers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.base.InvalidInputException;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.CardToRecover;
import uk.nhs.smartcardportal.cards.LeaverCards;
import uk.nhs.smartcardportal.cards.LeaverOutcome;
import uk.nhs.smartcardportal.cards.RequestStatus;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.dev.MovableClock;
import uk.nhs.smartcardportal.security.Role;
import uk.nhs.smartcardportal.security.RoleGrantService;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffListService;
import uk.nhs.smartcardportal.staff.StaffRepository;

@IntegrationTest
class LeaverProcessingTest {

    @Autowired
    LeaverProcessing processing;

    @Autowired
    StaffListService staffList;

    @Autowired
    LeaverCards leaverCards;

    @Autowired
    RoleGrantService roleGrants;

    @Autowired
    CardFixtures fixtures;

    @Autowired
    StaffRepository staff;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate leavingDay = LocalDate.now().plusDays(5);

    private void leaves(long staffId, String to) {
        fixtures.asAdmin(() -> {
            staffList.recordLeavingDate(staffId, leavingDay, to);
            return null;
        });
    }

    private void onTheLeavingDay() {
        clock.setInstant(leavingDay.atStartOfDay(UkTime.ZONE).plusHours(1).toInstant());
    }

    private void runTheJob() {
        while (processing.processOneBatch() > 0) {
            // until every leaver due is done
        }
    }

    private long audited(String action, long id) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = ? and entity_id = ?",
                Long.class,
                action,
                String.valueOf(id));
    }

    @Test
    void onTheLeavingDayTheCardOnItsWayIsCancelledTheBookingReleasedTheRolesEndedAndTheRecordEnds() {
        CardFixtures.Starter ivy = fixtures.cardAllocated("Ivy", "Leaver", DemoUsers.AINTREE);
        CardFixtures.Starter una = fixtures.cardRequested("Una", "Leaver");
        leaves(una.staffId(), null);
        fixtures.asAdmin(() -> {
            roleGrants.grant(
                    ivy.staffId(),
                    Role.RECRUITMENT,
                    java.time.LocalDate.now().plusMonths(1),
                    "Covering the print queue");
            return null;
        });
        leaves(ivy.staffId(), null);

        runTheJob();
        assertThat(fixtures.card(ivy.cardId()).getStatus()).isEqualTo(CardStatus.ALLOCATED);
        assertThat(staff.findById(ivy.staffId()).orElseThrow().hasEnded()).isFalse();

        onTheLeavingDay();
        runTheJob();

        var card = fixtures.card(ivy.cardId());
        assertThat(card.getStatus()).isEqualTo(CardStatus.CANCELLED);
        assertThat(card.getSession()).isNull();
        assertThat(fixtures.card(una.cardId()).getStatus()).isEqualTo(CardStatus.CANCELLED);
        assertThat(jdbc.queryForObject(
                        "select status from card_request where id = (select request_id from smartcard where id = ?)",
                        String.class,
                        una.cardId()))
                .isEqualTo(RequestStatus.WITHDRAWN.name());
        assertThat(fixtures.asAdmin(() -> roleGrants.grantedRoles(ivy.staffId())))
                .isEmpty();
        assertThat(staff.findById(ivy.staffId()).orElseThrow().hasEnded()).isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_message where recipient_staff_id = ? and kind = 'LEAVER_CARDS'",
                        Long.class,
                        ivy.staffId()))
                .isEqualTo(1);
        assertThat(audited("LEAVER_PROCESSED", ivy.staffId())).isEqualTo(1);
        assertThat(audited("STAFF_RECORD_ENDED", ivy.staffId())).isEqualTo(1);

        runTheJob();
        assertThat(audited("LEAVER_PROCESSED", ivy.staffId())).isEqualTo(1);
        assertThat(fixtures.card(ivy.cardId()).getVersion()).isEqualTo(card.getVersion());
    }

    @Test
    void aCollectedCardIsToBeReturnedUnlessTheyMoveWithinTheNhsAndTheReturnIsRecorded() {
        CardFixtures.Starter jo = collected("Jo");
        CardFixtures.Starter kit = collected("Kit");
        leaves(jo.staffId(), null);
        leaves(kit.staffId(), "Liverpool Heart and Chest Hospital NHS Foundation Trust");
        onTheLeavingDay();
        runTheJob();

        assertThat(fixtures.card(jo.cardId()).getLeaverOutcome()).isEqualTo(LeaverOutcome.TO_BE_RETURNED);
        assertThat(fixtures.card(kit.cardId()).getLeaverOutcome()).isEqualTo(LeaverOutcome.KEPT);
        List<CardToRecover> toRecover = fixtures.asAdmin(() -> leaverCards.toRecover(PageRequest.of(0, 1000)));
        assertThat(toRecover).extracting(CardToRecover::cardId).contains(jo.cardId());
        assertThat(toRecover).extracting(CardToRecover::cardId).doesNotContain(kit.cardId());

        fixtures.asAdmin(() -> {
            leaverCards.recordReturned(jo.cardId(), fixtures.version(jo.cardId()));
            return null;
        });
        assertThat(fixtures.card(jo.cardId()).getStatus()).isEqualTo(CardStatus.DESTROYED);
        assertThat(fixtures.card(jo.cardId()).getLeaverOutcome()).isEqualTo(LeaverOutcome.RETURNED);
        assertThat(fixtures.asAdmin(() -> leaverCards.toRecover(PageRequest.of(0, 1000))))
                .extracting(CardToRecover::cardId)
                .doesNotContain(jo.cardId());
    }

    private CardFixtures.Starter collected(String name) {
        CardFixtures.Starter starter = fixtures.cardAllocated(name, "Holder", DemoUsers.AINTREE);
        fixtures.finish(starter.cardId(), CardStatus.AT_SESSION, "To the session");
        fixtures.finish(starter.cardId(), CardStatus.COLLECTED, "Handed over");
        return starter;
    }

    @Test
    void theTeamOfAManagerWhoLeftNeedsAManager() {
        Staff manager = fixtures.newPerson("Lou", "Manager");
        Staff member = fixtures.newPerson("Max", "Member");
        jdbc.update("update staff set line_manager_id = ? where id = ?", manager.getId(), member.getId());
        leaves(manager.getId(), null);
        onTheLeavingDay();
        runTheJob();

        List<Long> needing = fixtures.asAdmin(() -> staffList.needingAManager(PageRequest.of(0, 1000)).stream()
                .map(Staff::getId)
                .toList());
        assertThat(needing).contains(member.getId()).doesNotContain(manager.getId());
    }

    @Test
    void twoInstancesRunningAtOnceEndEachLeaverOnce() throws Exception {
        List<Long> leavers = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            Staff person = fixtures.newPerson("Nat" + (char) ('a' + i % 26), "Leaver");
            leavers.add(person.getId());
        }
        jdbc.update(
                "update staff set leaving_date = ? where id in ("
                        + String.join(",", leavers.stream().map(String::valueOf).toList()) + ")",
                leavingDay);
        onTheLeavingDay();

        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> instance = () -> {
                int done = 0;
                int batch;
                while ((batch = processing.processOneBatch()) > 0) {
                    done += batch;
                }
                return done;
            };
            Future<Integer> first = instances.submit(instance);
            Future<Integer> second = instances.submit(instance);
            assertThat(first.get() + second.get()).isGreaterThanOrEqualTo(leavers.size());
        } finally {
            instances.shutdown();
        }
        for (long id : leavers) {
            assertThat(audited("LEAVER_PROCESSED", id)).as("leaver %d", id).isEqualTo(1);
        }
    }

    @Test
    void aLeavingDateOutOfRangeIsRefusedOnItsField() {
        Staff person = fixtures.newPerson("Oli", "Early");
        assertThatThrownBy(() -> fixtures.asAdmin(() -> {
                    staffList.recordLeavingDate(person.getId(), LocalDate.now().minusYears(3), null);
                    return null;
                }))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("within a year before today");
        assertThat(staff.findById(person.getId()).orElseThrow().getLeavingDate())
                .isNull();
    }

    @Test
    void nobodyButWorkforceRecordsALeavingDate() {
        Staff person = fixtures.newPerson("Pip", "Stays");
        SignIn.as(DemoUsers.MANAGER, staff);
        assertThatThrownBy(() -> staffList.recordLeavingDate(person.getId(), leavingDay, null))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
