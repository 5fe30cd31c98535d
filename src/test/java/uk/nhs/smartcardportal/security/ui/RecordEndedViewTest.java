package uk.nhs.smartcardportal.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import uk.nhs.smartcardportal.ViewTest;

class RecordEndedViewTest extends ViewTest {

    @Test
    void aLeaverWhoSignsInIsToldTheirRecordHasEndedWhateverTheyOpen() {
        signInAsLeaver("Quin Gone");
        navigate("", RecordEndedView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Your staff record has ended");

        navigate("my-card", RecordEndedView.class);
        assertThat(find(RecordEndedView.class).single().getElement().getTextRecursively())
                .contains("Workforce Systems Team", "workforce.systems@nhs.example");
    }
}
