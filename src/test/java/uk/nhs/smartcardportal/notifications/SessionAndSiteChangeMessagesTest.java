package uk.nhs.smartcardportal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.cards.CardBookingService;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.sitechange.SiteChangeService;
import uk.nhs.smartcardportal.collection.SessionReminders;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.dev.MovableClock;
import uk.nhs.smartcardportal.security.Role;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.sessions.CollectionSessionRepository;
import uk.nhs.smartcardportal.sessions.SessionDraft;
import uk.nhs.smartcardportal.sessions.SessionSchedulingService;
import uk.nhs.smartcardportal.sessions.TestHospitals;
import uk.nhs.smartcardportal.sites.SiteRepository;
import uk.nhs.smartcardportal.staff.StaffRepository;

/** Site changes and session changes tell the people they concern; reminders follow each person's choice. */
@IntegrationTest
class SessionAndSiteChangeMessagesTest {

    private static final Instant NOW = Instant.parse("2028-02-01T09:00:00Z");
    private static final LocalDate TOMORROW = LocalDate.of(2028, 2, 2);

    @Autowired
    TestHospitals hospitals;

    @Autowired
    SessionSchedulingService scheduling;

    @Autowired
    CollectionSessionRepository sessions;

    @Autowired
    SiteChangeService siteChanges;

    @Autowired
    CardBookingService bookings;

    @Autowired
    SessionReminders reminders;

    @Autowired
    MessagePreferenceService preferences;

    @Autowired
    OutboxRepository messages;

    @Autowired
    CardFixtures fixtures;

    @Autowired
    SiteRepository sites;

    @Autowired
    StaffRepository staff;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    private String siteName;
    private long siteId;
    private TestHospitals.Hospital hospital;

    @BeforeEach
    void setUp() {
        clock.setInstant(NOW);
        hospital = hospitals.open("Messages");
        siteName = hospital.name();
        siteId = hospital.siteId();
    }

    private List<OutboxMessage> messages(CardFixtures.Starter starter, String kind) {
        return messages.findTop100ByRecipientStaffIdOrderByCreatedAtDescIdDesc(starter.staffId()).stream()
                .filter(message -> message.getKind().equals(kind))
                .toList();
    }

    private long sessionTomorrow(String start, String end) {
        SignIn.as(DemoUsers.ADMIN, staff);
        return hospitals.session(hospital, "Room M", TOMORROW, LocalTime.parse(start), LocalTime.parse(end), 5, "Sam");
    }

    private CardFixtures.Starter bookedOnto(long sessionId, String firstName) {
        CardFixtures.Starter starter = fixtures.cardInStore(firstName, "Booked", siteName);
        SignIn.as(DemoUsers.ADMIN, staff);
        bookings.allocate(starter.cardId(), fixtures.version(starter.cardId()), sessionId);
        return starter;
    }

    private long sessionVersion(long sessionId) {
        return sessions.findById(sessionId).orElseThrow().getVersion();
    }

    @Test
    void aSiteChangeIsConfirmedAndThenItsDecisionTold() {
        CardFixtures.Starter starter = fixtures.cardInStore("Changing", "Sites", DemoUsers.AINTREE);
        SignIn.as(starter.staffId(), starter.name(), EnumSet.of(Role.STAFF));
        long requestId = siteChanges.request(starter.cardId(), fixtures.siteId(DemoUsers.BROADGREEN), "Nearer home");

        assertThat(messages(starter, "SITE_CHANGE_REQUESTED"))
                .singleElement()
                .extracting(OutboxMessage::getBodyText)
                .asString()
                .contains("at " + DemoUsers.BROADGREEN + " instead of " + DemoUsers.AINTREE);

        SignIn.as(DemoUsers.ADMIN, staff);
        long version =
                jdbc.queryForObject("select version from site_change_request where id = ?", Long.class, requestId);
        siteChanges.approve(requestId, version, null);

        assertThat(messages(starter, "SITE_CHANGE_DECIDED")).singleElement().satisfies(message -> {
            assertThat(message.getSubject()).isEqualTo("Your collection site has changed");
            assertThat(message.getBodyText()).contains("collect your NHS Smartcard at " + DemoUsers.BROADGREEN);
        });
    }

    @Test
    void everyoneBookedOntoAMovedSessionIsToldWithAnUpdatedCalendarFile() {
        long sessionId = sessionTomorrow("10:00", "11:00");
        CardFixtures.Starter first = bookedOnto(sessionId, "First");
        CardFixtures.Starter second = bookedOnto(sessionId, "Second");
        long otherSession = sessionTomorrow("12:00", "13:00");
        CardFixtures.Starter elsewhere = bookedOnto(otherSession, "Elsewhere");

        SignIn.as(DemoUsers.ADMIN, staff);
        scheduling.update(
                sessionId,
                sessionVersion(sessionId),
                new SessionDraft(
                        siteId,
                        "Room M",
                        TOMORROW,
                        LocalTime.of(10, 0),
                        LocalTime.of(11, 0),
                        5,
                        "Sam and Alex",
                        "Facilitators only"));
        assertThat(messages(first, "SESSION_MOVED"))
                .as("a change of facilitators moves nothing")
                .isEmpty();

        scheduling.update(
                sessionId,
                sessionVersion(sessionId),
                new SessionDraft(siteId, "Room N", TOMORROW, LocalTime.of(14, 0), LocalTime.of(15, 0), 5, "Sam", null));

        for (CardFixtures.Starter booked : List.of(first, second)) {
            assertThat(messages(booked, "SESSION_MOVED")).singleElement().satisfies(message -> {
                assertThat(message.getBodyText())
                        .contains(
                                "It was 2 Feb 2028, 10:00, Room M, " + siteName,
                                "It is now Wednesday 2 February 2028, 14:00 to 15:00, Room N, " + siteName);
                assertThat(message.getCalendar())
                        .contains(
                                "METHOD:PUBLISH",
                                "DTSTART:20280202T140000Z",
                                "UID:collection-session-" + sessionId + "@smartcard-portal");
            });
        }
        assertThat(messages(elsewhere, "SESSION_MOVED")).isEmpty();
    }

    @Test
    void aCancelledSessionTellsItsPeopleAndTakesItOutOfTheirCalendars() {
        long sessionId = sessionTomorrow("10:00", "11:00");
        CardFixtures.Starter booked = bookedOnto(sessionId, "Cancelled");

        SignIn.as(DemoUsers.ADMIN, staff);
        scheduling.cancel(sessionId, sessionVersion(sessionId), "Room flooded");

        assertThat(messages(booked, "SESSION_CANCELLED")).singleElement().satisfies(message -> {
            assertThat(message.getBodyText())
                    .contains("has been cancelled (Room flooded)", "Your card is safe in our store");
            assertThat(message.getCalendar())
                    .contains(
                            "METHOD:CANCEL",
                            "STATUS:CANCELLED",
                            "UID:collection-session-" + sessionId + "@smartcard-portal");
        });
    }

    @Test
    void aPersonWhoTurnedRemindersOffGetsNoneButStillHearsAboutTheirCard() {
        long sessionId = sessionTomorrow("10:00", "11:00");
        CardFixtures.Starter quiet = bookedOnto(sessionId, "Quiet");
        CardFixtures.Starter reminded = bookedOnto(sessionId, "Reminded");
        SignIn.as(quiet.staffId(), quiet.name(), EnumSet.of(Role.STAFF));
        assertThat(preferences.myRemindersWanted()).isTrue();
        preferences.chooseMyReminders(false);
        assertThat(preferences.myRemindersWanted()).isFalse();
        SignIn.out();

        reminders.remindTomorrow();

        assertThat(messages(reminded, "SESSION_REMINDER")).hasSize(1);
        assertThat(messages(quiet, "SESSION_REMINDER")).isEmpty();
        assertThat(messages(quiet, "SESSION_BOOKED")).hasSize(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = "
                                + "'MESSAGE_PREFERENCE_CHANGED' and entity_id = ?",
                        Integer.class,
                        String.valueOf(quiet.staffId())))
                .isEqualTo(1);

        SignIn.as(DemoUsers.ADMIN, staff);
        scheduling.cancel(sessionId, sessionVersion(sessionId), "Facilitator ill");
        assertThat(messages(quiet, "SESSION_CANCELLED"))
                .as("messages about the card always go")
                .hasSize(1);
    }
}
