package uk.nhs.smartcardportal.setup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.smartcardportal.ViewTest;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.setup.PortalNotSetUp;
import uk.nhs.smartcardportal.setup.SetupStep;

/** A portal not yet set up: Workforce sees what is left; everyone else sees "not ready yet", never an error. */
class GettingStartedViewTest extends ViewTest {

    @Autowired
    PortalNotSetUp notSetUp;

    @BeforeEach
    void aPortalNotSetUp() {
        notSetUp.begin();
    }

    @AfterEach
    void setUpAgain() {
        notSetUp.end();
    }

    @Test
    void aStarterWhoSignsInBeforeItIsSetUpSeesWhomToContact() {
        signInAs(DemoUsers.STARTER);
        UI.getCurrent().navigate("my-card");

        assertThat(find(NotReadyView.class).exists()).isTrue();
        assertThat($(H1.class).single().getText()).isEqualTo("The Smartcard Portal is not ready yet");
        assertThat(find(NotReadyView.class).single().getElement().getTextRecursively())
                .contains("Workforce Systems Team", "workforce.systems@nhs.example");
    }

    @Test
    void workforceSeesTheStepsLeftAndTicksTheContactCheckWhichMakesThePortalReady() {
        signInAs(DemoUsers.ADMIN);
        UI.getCurrent().navigate("");

        assertThat(find(GettingStarted.class).exists()).isTrue();
        assertThat(find(ListItem.class).all()).hasSize(SetupStep.values().length);
        assertThat(find(ListItem.class).all().stream().filter(item -> item.hasClassName("step-left")))
                .hasSize(1);
        test(find(Button.class).withId("confirm-contact-and-faq").single()).click();

        assertThat(find(ListItem.class).all().stream().filter(item -> item.hasClassName("step-left")))
                .isEmpty();
        signInAs(DemoUsers.STARTER);
        UI.getCurrent().navigate("my-card");
        assertThat(find(NotReadyView.class).exists())
                .as("the portal is ready now")
                .isFalse();
    }
}
