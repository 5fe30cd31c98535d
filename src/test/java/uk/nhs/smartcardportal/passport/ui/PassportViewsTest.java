package uk.nhs.smartcardportal.passport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.smartcardportal.ViewTest;
import uk.nhs.smartcardportal.base.ui.ViewSwitcher;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.home.ui.NotFoundView;
import uk.nhs.smartcardportal.passport.AgreementService;
import uk.nhs.smartcardportal.passport.ComplianceService;
import uk.nhs.smartcardportal.passport.PassportFixtures;
import uk.nhs.smartcardportal.passport.PassportOutcome;
import uk.nhs.smartcardportal.passport.PassportRow;
import uk.nhs.smartcardportal.staff.Staff;

class PassportViewsTest extends ViewTest {

    @Autowired
    CardFixtures cards;

    @Autowired
    PassportFixtures passports;

    @Autowired
    ComplianceService compliance;

    @Autowired
    AgreementService agreements;

    private String text() {
        return find(ListItem.class).all().stream()
                .map(item -> item.getElement().getTextRecursively())
                .reduce("", (a, b) -> a + "\n" + b);
    }

    @Test
    void theStarterSeesTheAnswerFirstThenWhatToDo() {
        signInAs(DemoUsers.STARTER);
        navigate(MyPassportView.class);

        assertThat(find(H2.class).first().getText()).isEqualTo("Not yet: a few things first");
        assertThat(text())
                .contains(
                        "Information governance: Renew it in ESR e-learning.",
                        "Information governance expired on",
                        "Employer in a passporting agreement.");
    }

    @Test
    void someoneEligibleSeesThePartnerOrganisations() {
        Staff person = cards.newPerson("Eligible", "Viewer");
        String employer = passports.odsCode();
        String partner = passports.agreement(employer, "Partner Trust " + employer);
        passports.completeRecord(
                person.getId(), employer, "Medical and Dental", LocalDate.now().minusDays(3));
        signInAs(
                person.getId(), person.getFullName(), java.util.EnumSet.of(uk.nhs.smartcardportal.security.Role.STAFF));

        navigate(MyPassportView.class);

        assertThat(find(H2.class).first().getText()).isEqualTo("Yes: you can use a staff passport");
        assertThat(text()).contains(partner);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aManagerSeesTheTeamAndOpensOnePersonsChecks() {
        signInAs(DemoUsers.MANAGER);
        navigate(TeamPassportsView.class);
        Grid<PassportRow> grid = find(Grid.class).single();
        test(find(TextField.class).withLabel("Name or employee number").single())
                .setValue(DemoUsers.STARTER.employeeNumber());

        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("Not yet");
        test(grid).invokeLitRendererFunction(0, 6, "act");

        Dialog dialog = find(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo(DemoUsers.STARTER.fullName());
        assertThat(find(H2.class).all()).extracting(H2::getText).contains("Not yet eligible");
    }

    @Test
    @SuppressWarnings("unchecked")
    void workforceFiltersEveryoneAndOpensARecordToCorrectIt() {
        signInAs(DemoUsers.ADMIN);
        navigate(PassportsView.class);
        Grid<PassportRow> grid = find(Grid.class).single();
        test((Select<PassportOutcome>) find(Select.class).withLabel("Answer").single())
                .selectItem("Eligible");
        assertThat(test(grid).size()).isGreaterThan(0);
        for (int row = 0; row < test(grid).size(); row++) {
            assertThat(test(grid).getCellText(row, 3)).isEqualTo("Eligible");
        }

        Staff person = cards.newPerson("Corrected", "Record");
        navigate(ComplianceView.class, java.util.Map.of("staffId", String.valueOf(person.getId())));
        assertThat(find(H1.class).single().getText())
                .isEqualTo(person.getFullName() + " (" + person.getEmployeeNumber() + ")");
        test(find(TextField.class).withLabel("Employer ODS code").single()).setValue("bad code!");
        test(find(Button.class).withText("Save the record").single()).click();
        assertThat(find(TextField.class).withLabel("Employer ODS code").single().getErrorMessage())
                .as("shown on the field that is wrong")
                .contains("3 to 6 letters and digits");
        assertThat(compliance.form(person.getId()).held()).isFalse();

        test(find(TextField.class).withLabel("Employer ODS code").single()).setValue("rem");
        find(DatePicker.class)
                .withLabel("Fire safety completed")
                .single()
                .setValue(LocalDate.now().minusDays(2));
        test(find(Button.class).withText("Save the record").single()).click();

        assertThat(compliance.form(person.getId()).details().employerOdsCode()).isEqualTo("REM");
        assertThat(compliance
                        .form(person.getId())
                        .details()
                        .training()
                        .get("FIRE_SAFETY")
                        .completedOn())
                .isEqualTo(LocalDate.now().minusDays(2));
    }

    @Test
    void workforceAddsAnAgreementAndChangesATrainingSubject() {
        signInAs(DemoUsers.ADMIN);
        navigate(AgreementsView.class);
        String code = passports.odsCode();

        test(find(Button.class).withText("Add an agreement").single()).click();
        test(find(TextField.class).withLabel("Name").single()).setValue("View agreement " + code);
        test(find(TextArea.class).withLabel("Member organisations").single())
                .setValue(code + ", Ours\n" + passports.odsCode() + ", Theirs");
        test(find(Checkbox.class).withCaption("All staff groups").single()).click();
        find(DatePicker.class).withLabel("Valid from").single().setValue(LocalDate.of(2026, 1, 1));
        test(find(Button.class).withText("Save").single()).click();

        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(agreements.agreements())
                .anyMatch(agreement -> agreement.getName().equals("View agreement " + code)
                        && agreement.getMembers().size() == 2
                        && agreement.isAllStaffGroups());

        find(ViewSwitcher.class).single().setSelectedIndex(1);
        @SuppressWarnings("unchecked")
        Grid<Object> subjects = (Grid<Object>) find(Grid.class).all().stream()
                .filter(grid -> "Training subjects".equals(grid.getAriaLabel().orElse(null)))
                .findFirst()
                .orElseThrow();
        test(subjects).invokeLitRendererFunction(0, 4, "change");
        test(find(com.vaadin.flow.component.textfield.IntegerField.class).single())
                .setValue(30);
        test(find(Button.class).withText("Save").single()).click();
        assertThat(agreements.subjects().getFirst().getRefresherMonths()).isEqualTo(30);
        int version = (int) agreements.subjects().getFirst().getVersion();
        assertThat(version).isPositive();
        signInAs(DemoUsers.ADMIN);
        agreements.saveSubject(
                agreements.subjects().getFirst().getCode(), version, 36, true, java.util.Set.of(), "ESR e-learning");
    }

    @Test
    void workforceImportsAnEsrExtract() throws InterruptedException {
        Staff person = cards.newPerson("Imported", "ByView");
        signInAs(DemoUsers.ADMIN);
        navigate(ComplianceImportView.class);
        String date =
                DateTimeFormatter.ofPattern("dd/MM/yyyy").format(LocalDate.now().minusMonths(1));

        test(find(Upload.class).single())
                .upload(
                        "esr.csv",
                        "text/csv",
                        ("Employee number,Right to work checked on\n" + person.getEmployeeNumber() + "," + date + "\n")
                                .getBytes(StandardCharsets.UTF_8));
        awaitHeading("Ready to import");
        test(find(Button.class).withText("Import 1 record").single()).click();
        awaitHeading("Imported");

        assertThat(compliance.form(person.getId()).details().rightToWorkCheckedOn())
                .isEqualTo(LocalDate.now().minusMonths(1));
    }

    @Test
    void startersAndManagersCannotOpenTheWorkforcePages() {
        signInAs(DemoUsers.STARTER);
        navigate("passports", NotFoundView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
        signInAs(DemoUsers.MANAGER);
        navigate("passport-rules", NotFoundView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
        navigate("import-compliance", NotFoundView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
    }
}
