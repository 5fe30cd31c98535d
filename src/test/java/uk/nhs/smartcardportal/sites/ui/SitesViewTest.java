package uk.nhs.smartcardportal.sites.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.smartcardportal.ViewTest;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.sites.Site;
import uk.nhs.smartcardportal.sites.SiteRepository;

class SitesViewTest extends ViewTest {

    @Autowired
    SiteRepository sites;

    @Test
    @SuppressWarnings("unchecked")
    void workforceAddsAHospitalWithItsRoomsAndSeesWhatIsWrongFirst() {
        signInAs(DemoUsers.ADMIN);
        navigate(SitesView.class);
        Grid<Site> grid = find(Grid.class).single();
        int before = test(grid).size();
        String name = "Liverpool Women's " + System.nanoTime() % 100_000;

        test(find(Button.class).withId("site-add").single()).click();
        test(find(TextField.class).withId("site-name").single()).setValue(name);
        test(find(TextField.class).withId("site-postcode").single()).setValue("nowhere");
        test(find(Button.class).withId("site-save").single()).click();

        TextField address = find(TextField.class).withId("site-address").single();
        TextField postcode = find(TextField.class).withId("site-postcode").single();
        assertThat(address.isInvalid()).isTrue();
        assertThat(postcode.getErrorMessage()).isEqualTo("Enter a UK postcode, such as L7 8XP.");
        assertThat(sites.findByName(name)).isEmpty();

        test(address).setValue("Crown Street, Liverpool");
        test(postcode).setValue("L8 7SS");
        test(find(TextArea.class).withId("site-rooms").single()).setValue("Seminar Room\nBoard Room");
        test(find(Button.class).withId("site-save").single()).click();

        Site saved = sites.findByName(name).orElseThrow();
        assertThat(saved.getRooms()).containsExactly("Seminar Room", "Board Room");
        assertThat(test(grid).size()).isEqualTo(before + 1);
    }
}
