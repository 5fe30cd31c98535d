package uk.nhs.smartcardportal.cards.holders.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.smartcardportal.ViewTest;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.holders.CertificateFilter;
import uk.nhs.smartcardportal.cards.holders.CertificateRow;
import uk.nhs.smartcardportal.dev.DemoUsers;

class CertificatesViewTest extends ViewTest {

    @Autowired
    CardFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    private Grid<CertificateRow> grid() {
        return find(Grid.class).single();
    }

    @Test
    void workforceSeesCertificatesExpiringSoonThenExpiredOnesAndCanDownloadThem() {
        CardFixtures.Starter soon = fixtures.cardAllocated("Vera", "Viewsoon", DemoUsers.AINTREE);
        fixtures.finish(soon.cardId(), CardStatus.AT_SESSION, "Taken to the session");
        fixtures.finish(soon.cardId(), CardStatus.COLLECTED, "Handed over");
        jdbc.update(
                "update smartcard set certificate_expires_on = ? where id = ?",
                LocalDate.now().plusDays(10),
                soon.cardId());
        signInAs(DemoUsers.ADMIN);
        navigate(CertificatesView.class);

        assertThat(test(grid()).size()).isPositive();
        assertThat(java.util.stream.IntStream.range(0, test(grid()).size())
                        .mapToObj(row -> test(grid()).getRow(row).cardId()))
                .contains(soon.cardId());
        assertThat(find(Anchor.class).withText("Download CSV").all()).hasSize(1);

        @SuppressWarnings("unchecked")
        Select<CertificateFilter> show = find(Select.class).withLabel("Show").single();
        test(show).selectItem("Expired");
        assertThat(java.util.stream.IntStream.range(0, test(grid()).size())
                        .mapToObj(row -> test(grid()).getRow(row).cardId()))
                .doesNotContain(soon.cardId());
    }
}
