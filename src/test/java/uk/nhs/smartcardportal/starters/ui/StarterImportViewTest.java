package uk.nhs.smartcardportal.starters.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.nhs.smartcardportal.ViewTest;
import uk.nhs.smartcardportal.base.imports.ImportProblem;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.home.ui.NotFoundView;
import uk.nhs.smartcardportal.staff.SmartcardNeed;

class StarterImportViewTest extends ViewTest {

    private static final String HEADER = "Employee number,First name,Last name,Start date,Base site,"
            + "Manager employee number,Card needed,Card reason\n";

    private void upload(String csv) {
        test(find(Upload.class).single()).upload("starters.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void recruitmentChecksThenImportsAFile() throws InterruptedException {
        String prefix = "V" + System.nanoTime() % 1_000_000 + "-";
        signInAs(DemoUsers.RECRUITER);
        navigate(StarterImportView.class);

        upload(HEADER + prefix + "1,Betsi,Cadwaladr,01/02/2027," + DemoUsers.AINTREE + ","
                + DemoUsers.MANAGER.employeeNumber() + ",yes,Clinical systems\n" + prefix
                + "2,Kate,Marsden,01/02/2027,,,unknown,\n");
        awaitHeading("Ready to import");
        assertThat(staffRepository.findByEmployeeNumber(prefix + "1")).isEmpty();

        test(find(Button.class).withText("Import 2 people").single()).click();
        awaitHeading("Imported");

        assertThat(staffRepository
                        .findByEmployeeNumber(prefix + "1")
                        .orElseThrow()
                        .getSmartcardNeed())
                .isEqualTo(SmartcardNeed.NEEDED);
        assertThat(staffRepository.findByEmployeeNumber(prefix + "2")).isPresent();
    }

    @Test
    void problemsAreListedByLineAndNothingIsImported() throws InterruptedException {
        String prefix = "W" + System.nanoTime() % 1_000_000 + "-";
        signInAs(DemoUsers.RECRUITER);
        navigate(StarterImportView.class);

        upload(HEADER + prefix + "1,Agnes,Hunt,32/01/2027,,,yes,\n");
        assertThat(awaitHeading("2 problems").getText()).isEqualTo("2 problems: nothing was imported");

        @SuppressWarnings("unchecked")
        Grid<ImportProblem> problems = find(Grid.class).single();
        assertThat(test(problems).size()).isEqualTo(2);
        assertThat(test(problems).getCellText(0, 0)).isEqualTo("2");
        assertThat(find(Button.class).all()).extracting(Button::getText).noneMatch(text -> text.startsWith("Import"));
        assertThat(staffRepository.findByEmployeeNumber(prefix + "1")).isEmpty();
    }

    @Test
    void aManagerCannotImport() {
        signInAs(DemoUsers.MANAGER);
        navigate("import-starters", NotFoundView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
    }
}
