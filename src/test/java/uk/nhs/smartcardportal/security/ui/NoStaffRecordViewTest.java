package uk.nhs.smartcardportal.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import uk.nhs.smartcardportal.ViewTest;
import uk.nhs.smartcardportal.security.Role;

class NoStaffRecordViewTest extends ViewTest {

    @Test
    void someoneWithoutAStaffRecordIsSentToThePageThatExplainsIt() {
        signInAs(null, "Visiting Locum", EnumSet.noneOf(Role.class));
        navigate("", NoStaffRecordView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("We could not find your staff record");
        assertThat(find(NoStaffRecordView.class).single().getElement().getTextRecursively())
                .contains("Workforce Systems Team", "workforce.systems@nhs.example");
    }
}
