package uk.nhs.smartcardportal.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import uk.nhs.smartcardportal.Application;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.base.ConcurrentChangeException;
import uk.nhs.smartcardportal.cards.CardBookingService;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.mine.MyCardService;
import uk.nhs.smartcardportal.collection.SessionReminders;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.dev.DevServicesInitializer;
import uk.nhs.smartcardportal.dev.MovableClock;
import uk.nhs.smartcardportal.notifications.OutboxService;
import uk.nhs.smartcardportal.security.Role;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.sessions.SessionSchedulingService;
import uk.nhs.smartcardportal.sessions.TestHospitals;
import uk.nhs.smartcardportal.sites.SiteRepository;
import uk.nhs.smartcardportal.staff.StaffRepository;

/**
 * Two portal instances, each with its own web server and scheduler, on one MariaDB: what one does the other sees,
 * a stale change on one is refused on the other, and the scheduled work (reminders, e-mail) runs once between them.
 */
@IntegrationTest
class TwoInstancesTest {

    private static ConfigurableApplicationContext second;
    /**
     * Each instance installs its own security-context holder in Spring Security's static slot; in one JVM the
     * second would hide the first's. The test keeps the first's in the slot and hands the signed-in person to the
     * second's holder for each call made there.
     */
    private static SecurityContextHolderStrategy secondSecurity;

    @Autowired
    TestHospitals hospitals;

    @Autowired
    CardFixtures fixtures;

    @Autowired
    CardBookingService bookings;

    @Autowired
    SessionSchedulingService scheduling;

    @Autowired
    SessionReminders reminders;

    @Autowired
    OutboxService outbox;

    @Autowired
    SiteRepository sites;

    @Autowired
    StaffRepository staff;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MovableClock clock;

    @BeforeAll
    static void startTheSecondInstance() {
        SecurityContextHolderStrategy firstSecurity = SecurityContextHolder.getContextHolderStrategy();
        SpringApplication application = new SpringApplication(Application.class);
        application.setAdditionalProfiles("dev");
        application.addInitializers(new DevServicesInitializer());
        second = application.run(
                "--server.port=0",
                "--vaadin.devmode.devTools.enabled=false",
                "--portal.reminders.cron=-",
                "--portal.mail.sender-cron=-",
                "--portal.passport.reassess-cron=-",
                "--portal.retention.cron=-",
                "--spring.main.banner-mode=off");
        secondSecurity = SecurityContextHolder.getContextHolderStrategy();
        SecurityContextHolder.setContextHolderStrategy(firstSecurity);
    }

    @AfterAll
    static void stopTheSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    private <T> T onSecond(Class<T> type) {
        return second.getBean(type);
    }

    /** Runs work on the second instance as the person signed in on the first. */
    private static <T> T asOnSecond(java.util.function.Supplier<T> work) {
        secondSecurity
                .getContext()
                .setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        try {
            return work.get();
        } finally {
            secondSecurity.clearContext();
        }
    }

    @Test
    void bothInstancesServePagesFromTheSameDatabase() throws Exception {
        int port = Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
        HttpResponse<String> health = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(onSecond(JdbcTemplate.class).queryForObject("select count(*) from staff", Long.class))
                .isEqualTo(jdbc.queryForObject("select count(*) from staff", Long.class));
    }

    @Test
    void workDoneOnOneIsSeenOnTheOtherAndAStaleChangeThereIsRefused() {
        CardFixtures.Starter starter = fixtures.cardInStore("Two", "Instances", DemoUsers.AINTREE);
        long version = fixtures.version(starter.cardId());
        long session = fixtures.firstSessionAt(DemoUsers.AINTREE).getId();

        SignIn.as(DemoUsers.ADMIN, staff);
        bookings.allocate(starter.cardId(), version, session);

        SignIn.as(starter.staffId(), starter.name(), java.util.EnumSet.of(Role.STAFF));
        assertThat(asOnSecond(() -> onSecond(MyCardService.class).overview())
                        .status()
                        .name())
                .isEqualTo("ALLOCATED");

        SignIn.as(DemoUsers.ADMIN, staff);
        assertThatThrownBy(() -> asOnSecond(() -> {
                    onSecond(CardBookingService.class).allocate(starter.cardId(), version, session);
                    return null;
                }))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void remindersAndEmailRunOnceThoughBothInstancesRunThem() throws Exception {
        clock.setInstant(Instant.parse("2028-05-01T09:00:00Z"));
        TestHospitals.Hospital hospital = hospitals.open("Two Instance");
        String siteName = hospital.name();
        SignIn.as(DemoUsers.ADMIN, staff);
        long tomorrow = hospitals.session(
                hospital, "Room S", LocalDate.of(2028, 5, 2), LocalTime.of(10, 0), LocalTime.of(11, 0), 30);
        List<CardFixtures.Starter> booked = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            CardFixtures.Starter starter = fixtures.cardInStore("Shared" + i, "Reminder", siteName);
            SignIn.as(DemoUsers.ADMIN, staff);
            bookings.allocate(starter.cardId(), fixtures.version(starter.cardId()), tomorrow);
            booked.add(starter);
        }
        SignIn.out();
        SessionReminders secondReminders = onSecond(SessionReminders.class);
        onSecond(MovableClock.class).setInstant(clock.instant());

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = pool.invokeAll(
                    List.<Callable<Integer>>of(reminders::remindTomorrow, secondReminders::remindTomorrow));
            int reminded = runs.get(0).get() + runs.get(1).get();
            assertThat(reminded).isGreaterThanOrEqualTo(20);
        } finally {
            pool.shutdown();
            onSecond(MovableClock.class).reset();
        }
        String ids = String.join(
                ",",
                booked.stream()
                        .map(starter -> String.valueOf(starter.staffId()))
                        .toList());
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_message where kind = 'SESSION_REMINDER' and "
                                + "recipient_staff_id in (" + ids + ")",
                        Integer.class))
                .isEqualTo(20);

        OutboxService secondOutbox = onSecond(OutboxService.class);
        ExecutorService senders = Executors.newFixedThreadPool(2);
        try {
            senders.invokeAll(List.<Callable<Integer>>of(() -> drain(outbox), () -> drain(secondOutbox)));
        } finally {
            senders.shutdown();
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_message where kind = 'SESSION_REMINDER' and "
                                + "recipient_staff_id in (" + ids + ") and status = 'SENT'",
                        Integer.class))
                .isEqualTo(20);
        java.util.Set<String> emails = booked.stream()
                .map(starter -> starter.email().toLowerCase())
                .collect(java.util.stream.Collectors.toSet());
        long delivered = java.util.Arrays.stream(
                        uk.nhs.smartcardportal.dev.MailSink.greenMail().getReceivedMessages())
                .filter(message -> subject(message).startsWith("Reminder") && emails.contains(recipient(message)))
                .count();
        assertThat(delivered).as("each reminder delivered once").isEqualTo(20);
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString().toLowerCase();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int drain(OutboxService sender) {
        int sent = 0;
        for (int round = 0; round < 50; round++) {
            int now = sender.deliverDue();
            sent += now;
            if (now == 0) {
                break;
            }
        }
        return sent;
    }
}
