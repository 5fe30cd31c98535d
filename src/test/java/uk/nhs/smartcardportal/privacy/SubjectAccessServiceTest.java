package uk.nhs.smartcardportal.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.imports.ImportProgress;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.sitechange.SiteChangeService;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.passport.ComplianceImportService;
import uk.nhs.smartcardportal.security.Role;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffRepository;
import uk.nhs.smartcardportal.starters.StarterImportService;

@IntegrationTest
class SubjectAccessServiceTest {

    @Autowired
    SubjectAccessService subjectAccess;

    @Autowired
    CardFixtures fixtures;

    @Autowired
    SiteChangeService siteChanges;

    @Autowired
    StaffRepository staff;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StarterImportService starters;

    @Autowired
    ComplianceImportService compliance;

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theFileHoldsTheirRecordCardsRequestsSiteChangesBookingsAndAuditTrailAndNobodyElses() {
        CardFixtures.Starter starter = fixtures.cardAllocated("Sunita", "Subject", DemoUsers.AINTREE);
        SignIn.as(starter.staffId(), starter.name(), EnumSet.of(Role.STAFF));
        siteChanges.request(starter.cardId(), fixtures.siteId(DemoUsers.BROADGREEN), "Closer to the bus station");
        SignIn.as(DemoUsers.ADMIN, staff);

        String text = exportOf(starter.staffId());

        JsonNode records = json.readTree(text).get("records");
        assertThat(subjectAccess.fileName(starter.staffId()))
                .matches("subject-access-T\\d{6}-\\d+-\\d{4}-\\d{2}-\\d{2}\\.json");
        assertThat(records.get("staff").get(0).get("work_email").asString()).isEqualTo(starter.email());
        assertThat(idsOf(records.get("smartcard"))).containsExactly(starter.cardId());
        assertThat(records.get("card_request")).hasSize(1);
        assertThat(records.get("card_transition").size()).isGreaterThanOrEqualTo(4);
        assertThat(records.get("site_change_request").get(0).get("reason").asString())
                .isEqualTo("Closer to the bus station");
        assertThat(records.get("collection_session")).hasSize(1);
        assertThat(records.get("audit_event").size()).isGreaterThanOrEqualTo(2);
        assertThat(records.get("smartcard").get(0).get("status_changed_at").asString())
                .endsWith("Z");
        assertThat(text).doesNotContain(DemoUsers.STARTER.email(), DemoUsers.MANAGER.email());

        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'SUBJECT_ACCESS_EXPORTED' "
                                + "and entity_id = ?",
                        Long.class,
                        String.valueOf(starter.staffId())))
                .isEqualTo(1);
    }

    @Test
    void someoneWhoIsNotOnTheStaffListIsNotFound() {
        SignIn.as(DemoUsers.ADMIN, staff);
        assertThatThrownBy(() -> subjectAccess.fileName(987_654_321L)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> subjectAccess.export(987_654_321L, new ByteArrayOutputStream()))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void aRecruitersFileHoldsTheFactOfTheStartersTheyImportedButNoneOfTheStartersData() {
        Staff recruiter = fixtures.newPerson("Rhian", "Recruiter");
        SignIn.as(recruiter.getId(), recruiter.getFullName(), EnumSet.of(Role.STAFF, Role.RECRUITMENT));
        String prefix = "SAR" + ProcessHandle.current().pid() % 1000 + "-" + System.nanoTime() % 100_000 + "-";
        String start = LocalDate.now().plusWeeks(3).format(UK);
        String file = "Employee number,First name,Last name,Work email,Job title,Staff group,Department,"
                + "Start date,Base site,Manager employee number,Card needed,Card reason\n"
                + prefix + "1,Gwenllian,Starterson," + prefix.toLowerCase() + "gwen@test.nhs.example,Staff Nurse,"
                + "Nursing and Midwifery,Ward 4," + start + "," + DemoUsers.AINTREE + ","
                + DemoUsers.MANAGER.employeeNumber() + ",yes,Clinical\n"
                + prefix + "2,Iestyn,Newhand," + prefix.toLowerCase() + "iestyn@test.nhs.example,Porter,"
                + "Estates and Ancillary,Portering," + start + "," + DemoUsers.AINTREE + ","
                + DemoUsers.MANAGER.employeeNumber() + ",yes,Clinical\n";
        assertThat(starters.importFile("starters.csv", file.getBytes(StandardCharsets.UTF_8), ImportProgress.NONE)
                        .created())
                .isEqualTo(2);
        SignIn.as(DemoUsers.ADMIN, staff);

        String text = exportOf(recruiter.getId());

        assertThat(text)
                .doesNotContain("Gwenllian", "Starterson", "Iestyn", "Newhand", prefix.toLowerCase() + "gwen@")
                .contains("rhian.recruiter");
        JsonNode actions = json.readTree(text).get("actions");
        assertThat(actions.get("card_request")).hasSize(2);
        assertThat(actions.get("audit_event").size()).isGreaterThanOrEqualTo(3);
        actions.get("audit_event")
                .forEach(event -> assertThat(event.propertyNames())
                        .containsExactlyInAnyOrder("id", "occurred_at", "action", "entity_type", "entity_id"));
        long starterId = staff.findByEmployeeNumber(prefix + "1").orElseThrow().getId();
        assertThat(exportOf(starterId)).contains("Gwenllian", "Starterson", "Rhian");
    }

    @Test
    void aWorkforceMembersFileHoldsNoneOfTheComplianceDataTheyImported() {
        Staff nurse = fixtures.newPerson("Bethan", "Checked");
        Staff porter = fixtures.newPerson("Owain", "Vetted");
        Staff member = fixtures.newPerson("Wyn", "Workforce");
        SignIn.as(member.getId(), member.getFullName(), EnumSet.of(Role.STAFF, Role.WORKFORCE));
        String checked = "17/03/2025";
        String file = "Employee number,Employer ODS code,Staff group,Right to work checked on,DBS level,"
                + "DBS checked on,Occupational health cleared on\n"
                + nurse.getEmployeeNumber() + ",REM,Nursing and Midwifery Registered," + checked + ",Enhanced,"
                + checked + "," + checked + "\n"
                + porter.getEmployeeNumber() + ",REM,Estates and Ancillary," + checked + ",Enhanced with barred lists,"
                + checked + "," + checked + "\n";
        assertThat(compliance
                        .importFile("esr.csv", file.getBytes(StandardCharsets.UTF_8), ImportProgress.NONE)
                        .imported())
                .isTrue();

        String text = exportOf(member.getId());

        assertThat(text)
                .doesNotContain(
                        "Bethan",
                        "Checked",
                        "Owain",
                        "Vetted",
                        "2025-03-17",
                        nurse.getWorkEmail(),
                        porter.getWorkEmail());
        assertThat(text.toLowerCase(java.util.Locale.ROOT)).doesNotContain("enhanced");
        assertThat(json.readTree(text).get("actions").get("audit_event").size()).isGreaterThanOrEqualTo(2);
        assertThat(exportOf(nurse.getId()).toLowerCase(java.util.Locale.ROOT)).contains("enhanced", "2025-03-17");
    }

    @Test
    void aBusyColleaguesFileIsWrittenAsItIsReadNeverHeldWhole() {
        Staff busy = fixtures.newPerson("Prysur", "Colleague");
        jdbc.batchUpdate(
                "insert into audit_event (occurred_at, actor_staff_id, actor_name, action, entity_type, entity_id,"
                        + " after_value) values (now(), ?, 'Prysur Colleague', 'CARD_PRINTED', 'Smartcard', ?,"
                        + " '{\"note\":\"someone else\"}')",
                java.util.stream.IntStream.range(0, 3_000)
                        .mapToObj(i -> new Object[] {busy.getId(), String.valueOf(i)})
                        .toList());
        SignIn.as(DemoUsers.ADMIN, staff);
        WriteSizes out = new WriteSizes();

        subjectAccess.export(busy.getId(), out);

        assertThat(out.total).isGreaterThan(300_000);
        assertThat(out.largest).isLessThan(out.total / 10);
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("someone else");
    }

    /** Remembers the largest single write, to see the file arrive in pieces. */
    private static final class WriteSizes extends ByteArrayOutputStream {
        long total;
        long largest;

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            total += length;
            largest = Math.max(largest, length);
            super.write(bytes, offset, length);
        }
    }

    private String exportOf(long staffId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        subjectAccess.export(staffId, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<Long> idsOf(JsonNode rows) {
        return StreamSupport.stream(rows.spliterator(), false)
                .map(row -> row.get("id").asLong())
                .toList();
    }
}
