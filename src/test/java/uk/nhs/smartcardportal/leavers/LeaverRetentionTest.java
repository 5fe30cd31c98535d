package uk.nhs.smartcardportal.leavers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.dev.MovableClock;
import uk.nhs.smartcardportal.privacy.RetentionProperties;
import uk.nhs.smartcardportal.privacy.RetentionService;
import uk.nhs.smartcardportal.staff.StaffListService;

/** A leaver's personal data goes a set time after they leave; the trust's record of their card stays. */
@IntegrationTest
class LeaverRetentionTest {

    @Autowired
    LeaverProcessing processing;

    @Autowired
    StaffListService staffList;

    @Autowired
    RetentionService retention;

    @Autowired
    RetentionProperties properties;

    @Autowired
    CardFixtures fixtures;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private void atNoonOn(LocalDate day) {
        clock.setInstant(day.atTime(12, 0).atZone(UkTime.ZONE).toInstant());
    }

    private void leavesOn(long staffId, LocalDate day) {
        fixtures.asAdmin(() -> {
            staffList.recordLeavingDate(staffId, day, "Alder Hey Children's NHS Foundation Trust");
            return null;
        });
        atNoonOn(day);
        while (processing.processOneBatch() > 0) {
            // every leaver due is done
        }
    }

    private void holdsPersonalData(long staffId) {
        Instant now = clock.instant();
        jdbc.update(
                "insert into compliance_record (staff_id, version, dbs_level, dbs_checked_on, updated_at) "
                        + "values (?, 0, 'ENHANCED', ?, ?)",
                staffId,
                LocalDate.now(),
                now);
        jdbc.update(
                "insert into training_record (staff_id, subject_code, completed_on) values (?, 'EQUALITY_DIVERSITY', ?)",
                staffId,
                LocalDate.now());
        jdbc.update(
                "insert into passport_status (staff_id, outcome, to_do, warnings, assessed_on) "
                        + "values (?, 'READY', 0, 0, ?)",
                staffId,
                LocalDate.now());
        jdbc.update(
                "insert into message_preference (staff_id, session_reminders, updated_at) values (?, false, ?)",
                staffId,
                now);
        jdbc.update("update staff set idp_subject = ? where id = ?", "leaver-subject-" + staffId, staffId);
    }

    private void runRetention() {
        while (retention.anonymiseOneBatch().removedAnything()) {
            // until nothing is left to do
        }
    }

    @Test
    void aLeaversPersonalDataGoesAfterTheRetentionTimeAndTheirCardStaysAsTheTrustsRecord() {
        LocalDate leavingDay =
                LocalDate.now().minusMonths(properties.leaverMonths()).minusDays(10);
        atNoonOn(leavingDay.minusDays(30));
        CardFixtures.Starter leaver = fixtures.cardInStore("Lena", "Longgone", DemoUsers.AINTREE);
        CardFixtures.Starter recent = fixtures.cardInStore("Rory", "Recentleaver", DemoUsers.AINTREE);
        CardFixtures.Starter stays = fixtures.cardInStore("Stella", "Stays", DemoUsers.AINTREE);
        holdsPersonalData(leaver.staffId());
        holdsPersonalData(stays.staffId());
        leavesOn(leaver.staffId(), leavingDay);
        leavesOn(recent.staffId(), LocalDate.now().minusMonths(1));
        clock.reset();

        runRetention();

        assertThat(jdbc.queryForMap(
                        "select employee_number, first_name, last_name, work_email, idp_subject, leaving_to, "
                                + "anonymised_at is not null as done from staff where id = ?",
                        leaver.staffId()))
                .containsEntry("employee_number", "LEFT-" + leaver.staffId())
                .containsEntry("first_name", "Former")
                .containsEntry("last_name", "member of staff")
                .containsEntry("work_email", null)
                .containsEntry("idp_subject", null)
                .containsEntry("leaving_to", null);
        for (String table :
                new String[] {"compliance_record", "training_record", "passport_status", "message_preference"}) {
            assertThat(count("select count(*) from " + table + " where staff_id = ?", leaver.staffId()))
                    .as(table)
                    .isZero();
            assertThat(count("select count(*) from " + table + " where staff_id = ?", stays.staffId()))
                    .as(table + " of a colleague still here")
                    .isEqualTo(1);
        }
        assertThat(count(
                        "select count(*) from audit_event where entity_type = 'Staff' and entity_id = ? "
                                + "and (before_value is not null or after_value is not null)",
                        Long.toString(leaver.staffId())))
                .as("the trail keeps what happened to the record, not its values")
                .isZero();
        assertThat(count(
                        "select count(*) from audit_event where entity_type = 'Staff' and entity_id = ?",
                        Long.toString(leaver.staffId())))
                .isPositive();
        assertThat(jdbc.queryForMap(
                        "select staff_id, status, anonymised_at is not null as done from smartcard where id = ?",
                        leaver.cardId()))
                .containsEntry("staff_id", leaver.staffId())
                .containsEntry("done", 1);
        assertThat(count(
                        "select count(*) from card_transition where card_id = ? and note is not null", leaver.cardId()))
                .isZero();
        assertThat(count(
                        "select count(*) from outbox_message where recipient_staff_id = ? and "
                                + "(recipient_email is not null or recipient_mobile is not null or body_text <> '')",
                        leaver.staffId()))
                .isZero();

        assertThat(jdbc.queryForObject("select first_name from staff where id = ?", String.class, recent.staffId()))
                .as("a leaver of last month is kept until their time is up")
                .isEqualTo("Rory");
        assertThat(jdbc.queryForObject("select first_name from staff where id = ?", String.class, stays.staffId()))
                .isEqualTo("Stella");

        long events = count("select count(*) from audit_event");
        runRetention();
        assertThat(count("select count(*) from audit_event"))
                .as("a second run finds nothing to do")
                .isEqualTo(events);
    }
}
