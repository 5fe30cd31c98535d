package uk.nhs.smartcardportal.passport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.security.Role;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffRepository;

/** Agreements, compliance edits and the kept answers on real MariaDB. */
@IntegrationTest
class PassportServiceTest {

    @Autowired
    PassportService passports;

    @Autowired
    ComplianceService compliance;

    @Autowired
    AgreementService agreements;

    @Autowired
    PassportFixtures fixtures;

    @Autowired
    CardFixtures cards;

    @Autowired
    StaffRepository staff;

    @Autowired
    JdbcTemplate jdbc;

    private PassportRow row(Staff person) {
        SignIn.as(DemoUsers.ADMIN, staff);
        return passports
                .everyone(new PassportFilter(null, null, person.getEmployeeNumber(), false), PageRequest.of(0, 10))
                .getFirst();
    }

    private int auditRows(String action, long staffId) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = ? and entity_id = ?",
                Integer.class,
                action,
                String.valueOf(staffId));
    }

    @Test
    void aCompleteRecordInAnAgreementIsEligibleAndAnExpiredSubjectMakesItNotYet() {
        Staff nurse = cards.newPerson("Passport", "Nurse");
        String employer = fixtures.odsCode();
        String partner = fixtures.agreement(employer, "Partner of " + employer);
        LocalDate lastMonth = LocalDate.now().minusMonths(1);
        fixtures.completeRecord(nurse.getId(), employer, "Nursing and Midwifery Registered", lastMonth);

        SignIn.as(nurse.getId(), nurse.getFullName(), EnumSet.of(Role.STAFF));
        MyPassport mine = passports.myPassport();
        assertThat(mine.assessment().outcome()).isEqualTo(PassportOutcome.ELIGIBLE);
        assertThat(mine.assessment().partners()).containsExactly(partner);
        assertThat(row(nurse).outcome()).isEqualTo(PassportOutcome.ELIGIBLE);

        SignIn.as(DemoUsers.ADMIN, staff);
        ComplianceForm form = compliance.form(nurse.getId());
        Map<String, TrainingCompletion> training =
                new java.util.HashMap<>(form.details().training());
        training.put(
                "FIRE_SAFETY",
                new TrainingCompletion(
                        LocalDate.now().minusYears(3), LocalDate.now().minusDays(1)));
        compliance.save(
                nurse.getId(),
                form.version(),
                form.staffGroup(),
                new ComplianceDetails(
                        employer,
                        form.details().rightToWorkCheckedOn(),
                        form.details().dbsLevel(),
                        form.details().dbsCheckedOn(),
                        form.details().occupationalHealthClearedOn(),
                        training));

        PassportRow after = row(nurse);
        assertThat(after.outcome()).isEqualTo(PassportOutcome.NOT_YET);
        assertThat(after.toDo()).isEqualTo(1);
        assertThat(passports.passportOf(nurse.getId()).assessment().toDo())
                .singleElement()
                .extracting(Criterion::name)
                .isEqualTo("Fire safety");
        assertThat(auditRows("COMPLIANCE_EDITED", nurse.getId())).isEqualTo(2);
        assertThat(passports.everyone(
                        new PassportFilter(PassportOutcome.ELIGIBLE, null, nurse.getEmployeeNumber(), false),
                        PageRequest.of(0, 10)))
                .isEmpty();
    }

    @Test
    void endingTheAgreementWorksOutEveryAnswerAgain() {
        Staff person = cards.newPerson("Agreement", "Ends");
        String employer = fixtures.odsCode();
        fixtures.agreement(employer, "Partner " + employer);
        fixtures.completeRecord(
                person.getId(),
                employer,
                "Administrative and Clerical",
                LocalDate.now().minusDays(10));
        assertThat(row(person).outcome()).isEqualTo(PassportOutcome.ELIGIBLE);

        SignIn.as(DemoUsers.ADMIN, staff);
        PassportAgreement agreement = agreements.agreements().stream()
                .filter(found -> found.getName().equals("Agreement " + employer))
                .findFirst()
                .orElseThrow();
        agreements.saveAgreement(
                agreement.getId(),
                agreement.getVersion(),
                new AgreementDraft(
                        agreement.getName(),
                        agreement.getMembers(),
                        true,
                        Set.of(),
                        agreement.getValidFrom(),
                        LocalDate.now().minusDays(1),
                        "Ended early"));

        assertThat(row(person).outcome()).isEqualTo(PassportOutcome.NOT_COVERED);
    }

    @Test
    void badValuesAreRefusedWithAMessageAndChangeNothing() {
        Staff person = cards.newPerson("Bad", "Values");
        SignIn.as(DemoUsers.ADMIN, staff);
        LocalDate today = LocalDate.now();
        List<ComplianceDetails> bad = List.of(
                new ComplianceDetails("<script>", null, null, null, null, Map.of()),
                new ComplianceDetails(null, today.plusDays(1), null, null, null, Map.of()),
                new ComplianceDetails(null, null, DbsLevel.BASIC, null, null, Map.of()),
                new ComplianceDetails(null, LocalDate.of(1800, 1, 1), null, null, null, Map.of()),
                new ComplianceDetails(
                        null,
                        null,
                        null,
                        null,
                        null,
                        Map.of("FIRE_SAFETY", new TrainingCompletion(today.minusDays(5), today.minusDays(6)))),
                new ComplianceDetails(
                        null, null, null, null, null, Map.of("NOT_A_SUBJECT", new TrainingCompletion(today, null))));
        for (ComplianceDetails details : bad) {
            assertThatThrownBy(() -> compliance.save(person.getId(), 0, null, details))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageNotContaining("Exception");
        }
        assertThatThrownBy(() -> compliance.save(
                        person.getId(), 0, "Jugglers", new ComplianceDetails(null, null, null, null, null, Map.of())))
                .hasMessage("Choose one of the ESR staff groups.");
        assertThat(compliance.form(person.getId()).held()).isFalse();
        assertThat(auditRows("COMPLIANCE_EDITED", person.getId())).isZero();
    }

    @Test
    void anAgreementNeedsTwoMembersValidCodesAndSensibleDates() {
        SignIn.as(DemoUsers.ADMIN, staff);
        String code = fixtures.odsCode();
        AgreementMember one = new AgreementMember(code, "One");
        AgreementMember two = new AgreementMember(fixtures.odsCode(), "Two");
        LocalDate from = LocalDate.of(2026, 1, 1);
        assertThatThrownBy(() -> agreements.saveAgreement(
                        null, 0, new AgreementDraft("Lonely " + code, List.of(one), true, Set.of(), from, null, null)))
                .hasMessageContaining("at least two");
        assertThatThrownBy(() -> agreements.saveAgreement(
                        null,
                        0,
                        new AgreementDraft(
                                "Bad code " + code,
                                List.of(one, new AgreementMember("=SUM(A1)", "Formula")),
                                true,
                                Set.of(),
                                from,
                                null,
                                null)))
                .hasMessageContaining("3 to 6 letters and digits");
        assertThatThrownBy(() -> agreements.saveAgreement(
                        null,
                        0,
                        new AgreementDraft(
                                "Backwards " + code, List.of(one, two), true, Set.of(), from, from.minusDays(1), null)))
                .hasMessage("The agreement cannot end before it starts.");
        assertThatThrownBy(() -> agreements.saveAgreement(
                        null,
                        0,
                        new AgreementDraft("No groups " + code, List.of(one, two), false, Set.of(), from, null, null)))
                .hasMessageContaining("staff groups");
        assertThatThrownBy(() -> agreements.saveAgreement(
                        null, 0, new AgreementDraft(" ", List.of(one, two), true, Set.of(), from, null, null)))
                .hasMessage("Give the agreement a name.");
        assertThat(agreements.agreements())
                .extracting(PassportAgreement::getName)
                .noneMatch(name -> name.endsWith(code));
    }

    @Test
    void aManagerSeesTheirTeamOnlyAndOthersAreNotFound() {
        Staff member = cards.newTeamMember("Team", "Passport");
        Staff stranger = cards.newPerson("Not", "Mine");
        SignIn.as(DemoUsers.MANAGER, staff);

        assertThat(passports.team(
                        new PassportFilter(null, null, member.getEmployeeNumber(), false), PageRequest.of(0, 10)))
                .singleElement()
                .extracting(PassportRow::staffId)
                .isEqualTo(member.getId());
        assertThat(passports.teamMember(member.getId()).name()).isEqualTo(member.getFullName());
        assertThatThrownBy(() -> passports.teamMember(stranger.getId())).isInstanceOf(RecordNotFoundException.class);
        assertThat(passports.countTeam(new PassportFilter(null, null, stranger.getEmployeeNumber(), false)))
                .isZero();
    }

    @Test
    void onlyTheWorkforceSystemsTeamSeesEveryoneAndChangesRecords() {
        SignIn.as(DemoUsers.STARTER, staff);
        assertThatThrownBy(() -> passports.everyone(PassportFilter.EVERYONE, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> compliance.form(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agreements.agreements()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> passports.team(PassportFilter.EVERYONE, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(DemoUsers.MANAGER, staff);
        assertThatThrownBy(() -> passports.passportOf(1)).isInstanceOf(AccessDeniedException.class);
    }

    @Autowired
    uk.nhs.smartcardportal.starters.StarterImportService starterImports;

    @Test
    void importedStartersGetTheirAnswerWithTheImport() {
        String number = "P" + System.nanoTime() % 1_000_000;
        SignIn.as(DemoUsers.RECRUITER, staff);
        starterImports.importFile(
                "starters.csv",
                ("Employee number,First name,Last name,Start date\n" + number + ",Newly,Imported,01/02/2027\n")
                        .getBytes(StandardCharsets.UTF_8),
                uk.nhs.smartcardportal.base.imports.ImportProgress.NONE);

        PassportRow imported = row(staff.findByEmployeeNumber(number).orElseThrow());

        assertThat(imported.outcome()).as("no ESR record yet").isEqualTo(PassportOutcome.NOT_YET);
        assertThat(imported.assessedOn()).isNotNull();
    }

    @Test
    void theExportKeepsFormulaLikeNamesAsText() {
        Staff person = cards.newPerson("=HYPERLINK(\"x\")", "+Sum");
        SignIn.as(DemoUsers.ADMIN, staff);

        String csv = new String(
                passports.everyoneCsv(new PassportFilter(null, null, person.getEmployeeNumber(), false)),
                StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFEmployee number,Name,Staff group,Answer");
        assertThat(csv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
    }
}
