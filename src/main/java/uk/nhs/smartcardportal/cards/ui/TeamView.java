package uk.nhs.smartcardportal.cards.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.cards.CardRequestService;
import uk.nhs.smartcardportal.cards.TeamFilter;
import uk.nhs.smartcardportal.cards.TeamMemberRow;
import uk.nhs.smartcardportal.security.Roles;

/** A manager's team and incoming starters: who needs a card, asking for one, and following it to collection. */
@Route("team")
@PageTitle("My team's smartcards · Smartcard Portal")
@Menu(title = "My team's smartcards", order = 20, icon = "vaadin:group")
@RolesAllowed(Roles.MANAGER)
public class TeamView extends Main {

    private final CardRequestService requests;
    private final Clock clock;
    private final Grid<TeamMemberRow> grid = new Grid<>();
    private final TextField person = new TextField("Person");
    private final Checkbox decisionNeeded = new Checkbox("Decision needed only");

    public TeamView(CardRequestService requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
        addClassName("portal-page");
        add(new H1("My team's smartcards"), new Paragraph("The people you manage and your incoming starters. Say "
                + "whether each role needs an NHS Smartcard, ask for a card later when someone's work changes, and "
                + "follow each card until it is collected."));

        person.setPlaceholder("Name or employee number");
        person.setMaxLength(100);
        person.setClearButtonVisible(true);
        person.setValueChangeMode(ValueChangeMode.LAZY);
        person.addValueChangeListener(event -> refresh());
        decisionNeeded.addValueChangeListener(event -> refresh());
        FlexLayout filters = new FlexLayout(person, decisionNeeded);
        filters.addClassName("portal-filters");
        add(filters);

        grid.addColumn(TeamMemberRow::fullName).setHeader("Name").setAutoWidth(true).setFrozen(true);
        grid.addColumn(row -> orBlank(row.jobTitle())).setHeader("Role").setAutoWidth(true);
        grid.addColumn(row -> row.startDate() == null ? "" : UkTime.DATE.format(row.startDate()))
                .setHeader("Start date").setAutoWidth(true);
        grid.addColumn(row -> orBlank(row.baseSite())).setHeader("Base site").setAutoWidth(true);
        grid.addComponentColumn(TeamView::needBadge).setHeader("Card need").setAutoWidth(true);
        grid.addColumn(row -> row.cardStatus() == null ? "No card" : row.cardStatus().label())
                .setHeader("Card status").setAutoWidth(true);
        grid.addColumn(row -> orBlank(row.collectionSite())).setHeader("Collection site").setAutoWidth(true);
        grid.addComponentColumn(this::action).setHeader("Action").setAutoWidth(true);
        grid.setItemsPageable(pageable -> requests.team(filter(), pageable),
                pageable -> (int) requests.countTeam(filter()));
        grid.setAriaLabel("My team");
        grid.setEmptyStateText("No one matches. People appear here when you are recorded as their line manager.");
        add(grid);
    }

    private TeamFilter filter() {
        return new TeamFilter(person.getValue(), decisionNeeded.getValue());
    }

    private static Component needBadge(TeamMemberRow row) {
        Span badge = new Span(row.needLabel());
        badge.addClassName("need-badge");
        if (row.needLabel().equals("Decision needed")) {
            badge.addClassName("need-badge-open");
        }
        return badge;
    }

    private Component action(TeamMemberRow row) {
        if (row.canWithdraw()) {
            Button withdraw = new Button("Withdraw", event -> new WithdrawDialog(row, requests, this::refresh)
                    .open());
            withdraw.getElement().setAttribute("aria-label", "Withdraw the card request for " + row.fullName());
            return withdraw;
        }
        if (row.cardStatus() != null && !row.cardStatus().isFinished()) {
            return new Span();
        }
        boolean starting = row.startDate() != null && row.startDate().isAfter(LocalDate.now(clock));
        String label = row.needLabel().equals("Decision needed") ? "Decide" : "Ask for a card";
        Button decide = new Button(label, event -> new CardNeedDialog(row, starting, requests, this::refresh)
                .open());
        decide.getElement().setAttribute("aria-label", label + " for " + row.fullName());
        return decide;
    }

    private static String orBlank(String text) {
        return text == null ? "" : text;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
