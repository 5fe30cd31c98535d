package uk.nhs.smartcardportal.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.cards.CardBookingService;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.dev.MovableClock;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.sessions.SessionSchedulingService;
import uk.nhs.smartcardportal.sessions.TestHospitals;
import uk.nhs.smartcardportal.sites.SiteRepository;
import uk.nhs.smartcardportal.staff.StaffRepository;

@IntegrationTest
@RecordApplicationEvents
class SessionRemindersTest {

    @Autowired
    TestHospitals hospitals;

    @Autowired
    SessionReminders reminders;

    @Autowired
    SessionSchedulingService scheduling;

    @Autowired
    CardBookingService bookings;

    @Autowired
    CardFixtures fixtures;

    @Autowired
    SiteRepository sites;

    @Autowired
    StaffRepository staff;

    @Autowired
    MovableClock clock;

    @Autowired
    ApplicationEvents events;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void eachPersonBookedOntoTomorrowsSessionIsRemindedOnce() {
        clock.setInstant(Instant.parse("2027-10-30T09:00:00Z"));
        TestHospitals.Hospital hospital = hospitals.open("Reminder");
        String siteName = hospital.name();
        // Sunday 31 October 2027 is the day the clocks go back; the day after is outside "tomorrow".
        long tomorrow = hospitals.session(
                hospital, "Room E", LocalDate.of(2027, 10, 31), LocalTime.of(23, 30), LocalTime.of(23, 45), 5);
        long dayAfter = hospitals.session(
                hospital, "Room E", LocalDate.of(2027, 11, 1), LocalTime.of(0, 15), LocalTime.of(1, 0), 5);
        CardFixtures.Starter booked = fixtures.cardInStore("Rosa", "Parks", siteName);
        CardFixtures.Starter later = fixtures.cardInStore("Amy", "Johnson", siteName);
        SignIn.as(DemoUsers.ADMIN, staff);
        bookings.allocate(booked.cardId(), fixtures.version(booked.cardId()), tomorrow);
        bookings.allocate(later.cardId(), fixtures.version(later.cardId()), dayAfter);
        SignIn.out();

        int first = reminders.remindTomorrow();
        int second = reminders.remindTomorrow();

        assertThat(events.stream(SessionReminderDue.class)
                        .filter(event -> event.sessionId() == tomorrow || event.sessionId() == dayAfter))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.cardId()).isEqualTo(booked.cardId());
                    assertThat(event.staffId()).isEqualTo(booked.staffId());
                });
        assertThat(first).isGreaterThanOrEqualTo(1);
        assertThat(second).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_message where kind = 'SESSION_REMINDER' and "
                                + "recipient_staff_id = ? and calendar like '%BEGIN:VCALENDAR%'",
                        Long.class, booked.staffId()))
                .isEqualTo(1);
    }
}
