package uk.nhs.smartcardportal.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.smartcardportal.ViewTest;
import uk.nhs.smartcardportal.audit.AuditEvent;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.home.ui.NotFoundView;

class AuditViewTest extends ViewTest {

    @Autowired
    AuditService audit;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void workforceFindsEventsByWhoAndWhat() {
        signInAs(DemoUsers.ADMIN);
        transaction.executeWithoutResult(status -> {
            audit.record("VIEW_TEST_ALPHA", "Site", 501, Map.of("active", true), Map.of("active", false));
            audit.record("VIEW_TEST_BETA", "Site", 502, null, Map.of("name", "<script>alert(1)</script>"));
        });

        navigate(AuditView.class);
        test(find(TextField.class).withLabel("Action").single()).setValue("view_test_");
        @SuppressWarnings("unchecked")
        Grid<AuditEvent> grid = find(Grid.class).single();
        var rows = test(grid);

        assertThat(rows.size()).isEqualTo(2);
        assertThat(rows.getRow(0).getAction()).isEqualTo("VIEW_TEST_BETA");
        assertThat(rows.getCellText(0, 1)).isEqualTo("Dave Jones");
        assertThat(rows.getCellText(0, 3)).isEqualTo("Site 502");
        assertThat(rows.getCellText(0, 5))
                .as("values as words, markup kept as text")
                .isEqualTo("Name: <script>alert(1)</script>");

        test(find(TextField.class).withLabel("Thing (id)").single()).setValue("501");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("Active: true");

        test(grid).clickRow(0);
        assertThat(grid.isDetailsVisible(test(grid).getRow(0))).isTrue();
    }

    @Test
    void aStarterWhoOpensTheAuditTrailSeesPageNotFound() {
        signInAs(DemoUsers.STARTER);
        navigate("audit", NotFoundView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Page not found");
        assertThat(find(AuditView.class).exists()).isFalse();
    }
}
