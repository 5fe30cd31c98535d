package uk.nhs.smartcardportal.cards.requests.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.base.ui.PageLayout;
import uk.nhs.smartcardportal.base.web.PageAddresses;
import uk.nhs.smartcardportal.cards.requests.CardAskService;
import uk.nhs.smartcardportal.cards.requests.CardRequestService;
import uk.nhs.smartcardportal.cards.requests.TeamFilter;
import uk.nhs.smartcardportal.cards.requests.TeamMemberRow;

/** A manager's team and incoming starters: who needs a card, asking for one, and following it to collection. */
@Route(PageAddresses.TEAM)
@PageTitle("My team's smartcards · Smartcard Portal")
@Menu(title = "My team's smartcards", order = 20, icon = "vaadin:group")
@RolesAllowed(Roles.MANAGER)
class TeamView extends Main {

    private static final String DECISION_NEEDED = "Decision needed";

    private final CardRequestService requests;
    private final Clock clock;
    private final Grid<TeamMemberRow> grid = new Grid<>();
    private final TextField person = new TextField("Person");
    private final Checkbox decisionNeeded = new Checkbox("Decision needed only");

    TeamView(CardRequestService requests, CardAskService asks, Clock clock) {
        this.requests = requests;
        this.clock = clock;
        addClassName("portal-page");
        add(
                new H1("My team's smartcards"),
                new Paragraph("The people you manage and your incoming starters. Say "
                        + "whether each role needs an NHS Smartcard, ask for a card later when someone's work changes, and "
                        + "follow each card until it is collected."),
                new TeamAsksSection(asks, this::refresh));

        person.setId("team-person");
        person.setPlaceholder("Name or employee number");
        person.setClearButtonVisible(true);
        person.setValueChangeMode(ValueChangeMode.LAZY);
        person.addValueChangeListener(event -> refresh());
        decisionNeeded.addValueChangeListener(event -> refresh());
        FlexLayout filters = new FlexLayout(person, decisionNeeded);
        filters.addClassName("portal-filters");
        add(filters);

        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // a change waiting for its day goes under the name: the grid has no room for a column of its own on a laptop
        grid.addColumn(row ->
                        row.moveLabel().isEmpty() ? row.fullName() : row.fullName() + " (" + row.moveLabel() + ")")
                .setHeader("Name")
                .setFlexGrow(2);
        grid.addColumn(row -> orBlank(row.jobTitle()))
                .setHeader("Role")
                .setWidth("9rem")
                .setFlexGrow(2);
        grid.addColumn(row -> row.startDate() == null ? "" : UkTime.DATE.format(row.startDate()))
                .setHeader("Start date")
                .setAutoWidth(true);
        grid.addColumn(row -> orBlank(row.baseSite())).setHeader("Base site").setFlexGrow(2);
        grid.addColumn(LitRenderer.<TeamMemberRow>of("<span class=\"need-badge ${item.needClass}\">${item.need}</span>")
                        .withProperty("need", TeamMemberRow::needLabel)
                        .withProperty(
                                "needClass", row -> row.needLabel().equals(DECISION_NEEDED) ? "need-badge-open" : ""))
                .setHeader("Card need")
                .setAutoWidth(true);
        grid.addColumn(row ->
                        row.cardStatus() == null ? "No card" : row.cardStatus().label())
                .setHeader("Card status")
                .setWidth("9rem")
                .setFlexGrow(2);
        grid.addColumn(row -> orBlank(row.collectionSite()))
                .setHeader("Collection site")
                .setFlexGrow(2);
        // Buttons rendered in the browser: cheaper than a server-side component per row, and never stale after a
        // refresh.
        grid.addColumn(LitRenderer.<TeamMemberRow>of("<vaadin-button ?hidden=\"${!item.action}\" "
                                + "aria-label=\"${item.actionLabel}\" @click=\"${act}\">${item.action}</vaadin-button>")
                        .withProperty("action", this::actionText)
                        .withProperty("actionLabel", row -> actionText(row) + " for " + row.fullName())
                        .withFunction("act", this::act))
                .setHeader("Action")
                .setAutoWidth(true);
        grid.setItemsPageable(
                pageable -> requests.team(filter(), pageable), pageable -> (int) requests.countTeam(filter()));
        grid.setAriaLabel("My team");
        grid.setId("team-grid");
        grid.setEmptyStateText("No one matches. People appear here when you are recorded as their line manager.");
        add(grid);
        PageLayout.fillWithGrid(this, grid);
    }

    private TeamFilter filter() {
        return new TeamFilter(person.getValue(), decisionNeeded.getValue());
    }

    private String actionText(TeamMemberRow row) {
        if (row.canWithdraw()) {
            return "Withdraw";
        }
        if (row.cardStatus() != null && !row.cardStatus().willNeverBeCollected()) {
            return "";
        }
        return row.needLabel().equals(DECISION_NEEDED) ? "Decide" : "Ask for a card";
    }

    private void act(TeamMemberRow row) {
        if (row.canWithdraw()) {
            new WithdrawDialog(row, requests, this::refresh).open();
        } else if (!actionText(row).isEmpty()) {
            boolean starting = row.startDate() != null && row.startDate().isAfter(LocalDate.now(clock));
            new CardNeedDialog(row, starting, requests, this::refresh).open();
        }
    }

    private static String orBlank(String text) {
        return text == null ? "" : text;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
