package uk.nhs.smartcardportal.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.smartcardportal.ViewTest;
import uk.nhs.smartcardportal.base.ui.BarChart;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.home.ui.NotFoundView;
import uk.nhs.smartcardportal.stock.MovementKind;
import uk.nhs.smartcardportal.stock.StockService;

class DashboardViewTest extends ViewTest {

    @Autowired
    StockService stock;

    @Test
    void workforceSeesTheChartsWithNamesEscaped() {
        signInAs(DemoUsers.ADMIN);
        long item = stock.addItem("<script>alert(1)</script> tape " + System.nanoTime() % 100_000, "rolls");
        stock.setReorderLevel(item, stockSite(), 10);
        stock.record(item, stockSite(), MovementKind.RECEIVED, 3, null);

        navigate(DashboardView.class);

        assertThat(find(BarChart.class).all()).hasSize(5);
        assertThat(find(H3.class).all())
                .extracting(H3::getText)
                .contains("Cards on their way, by status", "Cards collected per week", "Stock against reorder levels");
        String svg = find(Html.class).all().stream()
                .map(html -> html.getElement().getOuterHTML())
                .filter(markup -> markup.contains("tape"))
                .findFirst()
                .orElseThrow();
        assertThat(svg).contains("&lt;script&gt;alert(1)&lt;/script&gt; tape").doesNotContain("<script>");
        assertThat(svg).contains("bar bar-alert").contains("bar-marker");
    }

    private long stockSite() {
        return stock.printingSite().getId();
    }

    @Test
    void aStarterCannotOpenTheDashboard() {
        signInAs(DemoUsers.STARTER);
        navigate("dashboard", NotFoundView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
    }
}
