package uk.nhs.smartcardportal.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import uk.nhs.smartcardportal.ViewTest;
import uk.nhs.smartcardportal.dev.DemoUsers;

@ExtendWith(OutputCaptureExtension.class)
class NotFoundLogTest extends ViewTest {

    @Test
    void aPathWithALineBreakIsLoggedOnOneLineWithoutItsQuery(CapturedOutput output) {
        signInAs(DemoUsers.STARTER);
        UI.getCurrent().navigate("nothing-here\nFORGED sign-in succeeded", QueryParameters.of("token", "secret"));

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);

        assertThat(output.getOut().lines().filter(line -> line.startsWith("FORGED")))
                .isEmpty();
        assertThat(output.getOut())
                .contains("Not found: /nothing-here\\u000aFORGED")
                .doesNotContain("token=secret");
    }
}
