package uk.nhs.smartcardportal.starters.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.nhs.smartcardportal.ViewTest;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.home.ui.NotFoundView;

class StaffListImportViewTest extends ViewTest {

    private static final String HEADER = "Employee Number,First Name,Last Name,Position Title,Location,"
            + "Supervisor Employee Number,Leaving Date\n";

    @Test
    void workforceChecksThenImportsAStaffListExtract() throws InterruptedException {
        String prefix = "X" + System.nanoTime() % 1_000_000 + "-";
        signInAs(DemoUsers.ADMIN);
        navigate(StaffListImportView.class);
        assertThat(find(Anchor.class).id("example-staff-list").getText()).isEqualTo("Download an example file");
        test(find(com.vaadin.flow.component.checkbox.Checkbox.class)
                        .withLabel("This file is the whole staff list")
                        .single())
                .click();

        String csv = HEADER + prefix + "1,Olwen,Rees,Porter," + DemoUsers.AINTREE + ",,\n" + prefix
                + "2,Iolo,Morgan,Porter," + DemoUsers.AINTREE + "," + prefix + "1,31/03/2027\n";
        test(find(Upload.class).single()).upload("staff-list.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        awaitHeading("Ready to import");
        assertThat(find(ListItem.class).all())
                .extracting(ListItem::getText)
                .contains("2 to add to the staff list", "1 leaver with a new leaving date");
        assertThat(staffRepository.findByEmployeeNumber(prefix + "1")).isEmpty();

        test(find(Button.class).withText("Import 2 people").single()).click();
        awaitHeading("Imported");

        assertThat(staffRepository
                        .findByEmployeeNumber(prefix + "2")
                        .orElseThrow()
                        .getLeavingDate())
                .hasToString("2027-03-31");
    }

    @Test
    void recruitmentCannotImportTheStaffList() {
        signInAs(DemoUsers.RECRUITER);
        navigate("import-staff-list", NotFoundView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
    }
}
