package uk.nhs.smartcardportal.cards.sitechange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.smartcardportal.ViewTest;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.sitechange.SiteChangeService;
import uk.nhs.smartcardportal.cards.sitechange.SiteChangeSummary;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.home.ui.NotFoundView;
import uk.nhs.smartcardportal.security.Role;

class SiteChangeQueueViewTest extends ViewTest {

    @Autowired
    CardFixtures fixtures;

    @Autowired
    SiteChangeService siteChanges;

    @Test
    void workforceApprovesARequestFromTheQueue() {
        CardFixtures.Starter starter = fixtures.cardInStore("Mary", "Wollstonecraft", DemoUsers.ROYAL);
        signInAs(starter.staffId(), starter.name(), EnumSet.of(Role.STAFF));
        siteChanges.request(starter.cardId(), fixtures.siteId(DemoUsers.DENTAL), "I work at the Dental Hospital");

        signInAs(DemoUsers.ADMIN);
        navigate(SiteChangeQueueView.class);
        test(find(TextField.class).withLabel("Person").single()).setValue("wollstonecraft");
        @SuppressWarnings("unchecked")
        Grid<SiteChangeSummary> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 5)).isEqualTo("I work at the Dental Hospital");

        test(grid).invokeLitRendererFunction(0, 7, "decide");
        test(find(TextArea.class).single()).setValue("Approved");
        test(find(Button.class).withText("Approve").single()).click();

        assertThat(fixtures.card(starter.cardId()).getCollectionSite().getName())
                .isEqualTo(DemoUsers.DENTAL);
        assertThat(test(grid).size()).isZero();
    }

    @Test
    void starterCannotOpenTheQueue() {
        signInAs(DemoUsers.STARTER);
        navigate("site-changes", NotFoundView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
    }
}
