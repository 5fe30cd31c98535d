package uk.nhs.smartcardportal.cards.mine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.Smartcard;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.security.Role;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.sessions.SessionSchedulingService;
import uk.nhs.smartcardportal.sessions.TestHospitals;
import uk.nhs.smartcardportal.sites.SiteRepository;
import uk.nhs.smartcardportal.staff.StaffRepository;

@IntegrationTest
class SessionChoiceServiceTest {

    @Autowired
    TestHospitals hospitals;

    @Autowired
    SessionChoiceService choice;

    @Autowired
    SessionSchedulingService scheduling;

    @Autowired
    CardFixtures fixtures;

    @Autowired
    SiteRepository sites;

    @Autowired
    StaffRepository staff;

    private String siteName;
    private long first;
    private long second;
    private long full;

    @BeforeEach
    void sessionsAtASiteOfItsOwn() {
        TestHospitals.Hospital hospital = hospitals.open("Choice");
        siteName = hospital.name();
        first = session(hospital, 3, 5);
        second = session(hospital, 10, 5);
        full = session(hospital, 17, 1);
        CardFixtures.Starter taker = fixtures.cardInStore("Early", "Bird", siteName);
        signInAs(taker);
        choice.choose(taker.cardId(), fixtures.version(taker.cardId()), full);
    }

    private long session(TestHospitals.Hospital hospital, int inDays, int capacity) {
        return hospitals.session(
                hospital,
                "Room F",
                LocalDate.now().plusDays(inDays),
                LocalTime.of(10, 0),
                LocalTime.of(11, 0),
                capacity);
    }

    private void signInAs(CardFixtures.Starter starter) {
        SignIn.as(starter.staffId(), starter.name(), EnumSet.of(Role.STAFF));
    }

    @Test
    void aStarterBooksASessionAndMovesToAnother() {
        CardFixtures.Starter starter = fixtures.cardInStore("Grace", "Darling", siteName);
        signInAs(starter);

        choice.choose(starter.cardId(), fixtures.version(starter.cardId()), first);
        assertThat(fixtures.card(starter.cardId()).getSession().getId()).isEqualTo(first);

        choice.choose(starter.cardId(), fixtures.version(starter.cardId()), second);
        Smartcard card = fixtures.card(starter.cardId());
        assertThat(card.getStatus()).isEqualTo(CardStatus.ALLOCATED);
        assertThat(card.getSession().getId()).isEqualTo(second);
        assertThatThrownBy(() -> choice.choose(starter.cardId(), fixtures.version(starter.cardId()), second))
                .hasMessageContaining("already booked onto this session");
    }

    @Test
    void aFullSessionOrOneAtAnotherSiteIsRefused() {
        CardFixtures.Starter starter = fixtures.cardInStore("Ida", "Lewis", siteName);
        signInAs(starter);
        long elsewhere = fixtures.firstSessionAt(DemoUsers.ROYAL).getId();

        assertThatThrownBy(() -> choice.choose(starter.cardId(), fixtures.version(starter.cardId()), full))
                .hasMessageStartingWith("This session is full (1 card)");
        assertThatThrownBy(() -> choice.choose(starter.cardId(), fixtures.version(starter.cardId()), elsewhere))
                .hasMessageContaining("collected at another site");
        assertThat(fixtures.card(starter.cardId()).getStatus()).isEqualTo(CardStatus.IN_STORE);
    }

    @Test
    void twentyStartersBookingAtOnceNeverOverfillASession() throws Exception {
        java.util.List<CardFixtures.Starter> starters = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            starters.add(fixtures.cardInStore("Rush" + i, "Hour", siteName));
        }
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(20);
        var results = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
        for (CardFixtures.Starter starter : starters) {
            long version = fixtures.version(starter.cardId());
            results.add(pool.submit(() -> {
                signInAs(starter);
                start.await();
                try {
                    choice.choose(starter.cardId(), version, first);
                    return true;
                } catch (uk.nhs.smartcardportal.base.RuleViolationException full) {
                    return false;
                } finally {
                    SignIn.out();
                }
            }));
        }
        start.countDown();
        int booked = 0;
        for (var result : results) {
            booked += result.get(60, java.util.concurrent.TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();

        assertThat(booked).isEqualTo(5);
    }

    @Test
    void nobodyBooksAnotherPersonsCard() {
        CardFixtures.Starter owner = fixtures.cardInStore("Annie", "Kenney", siteName);
        CardFixtures.Starter other = fixtures.cardInStore("Lydia", "Becker", siteName);
        signInAs(other);

        assertThatThrownBy(() -> choice.choose(owner.cardId(), fixtures.version(owner.cardId()), first))
                .isInstanceOf(RecordNotFoundException.class);
    }
}
