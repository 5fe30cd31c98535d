package uk.nhs.smartcardportal.cards.custody.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.ui.Feedback;
import uk.nhs.smartcardportal.base.ui.GridDates;
import uk.nhs.smartcardportal.base.ui.InMenuGroup;
import uk.nhs.smartcardportal.base.ui.MenuGroup;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.IssuedCardRow;
import uk.nhs.smartcardportal.cards.custody.CardReceiptService;
import uk.nhs.smartcardportal.cards.custody.CardWhereabouts;
import uk.nhs.smartcardportal.cards.custody.CustodyService;
import uk.nhs.smartcardportal.cards.custody.CustodyStep;

/** "Where is card X now?" One search by card number, name or employee number, then the card's whole history. */
@Route("find-card")
@PageTitle("Where is a card? · Smartcard Portal")
@InMenuGroup(MenuGroup.CARDS)
@Menu(title = "Where is a card?", order = 48, icon = "vaadin:search")
@RolesAllowed(Roles.WORKFORCE)
class FindCardView extends Main {

    private final CustodyService custody;
    private final CardReceiptService receipt;
    private final TextField search = new TextField("Card number, name or employee number");
    private final Div matches = new Div();
    private final Div details = new Div();

    FindCardView(CustodyService custody, CardReceiptService receipt) {
        this.custody = custody;
        this.receipt = receipt;
        addClassName("portal-page");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("min(32rem, 100%)");
        search.addValueChangeListener(event -> showMatches());
        matches.getElement().setAttribute("aria-live", "polite");
        add(new H1("Where is a card?"), search, matches, details);
    }

    private void showMatches() {
        matches.removeAll();
        details.removeAll();
        List<IssuedCardRow> found = custody.find(search.getValue());
        if (search.getValue().isBlank()) {
            return;
        }
        if (found.isEmpty()) {
            matches.add(new Paragraph("No printed card matches."));
            return;
        }
        if (found.size() == 1) {
            show(found.getFirst().cardId());
            return;
        }
        for (IssuedCardRow row : found) {
            Button choose = new Button(
                    row.serial() + " · " + row.fullName() + " · " + row.status().label(), event -> show(row.cardId()));
            choose.addClassName("find-card-match");
            matches.add(choose);
        }
    }

    private void show(long cardId) {
        CardWhereabouts card = custody.whereIs(cardId);
        details.removeAll();
        Paragraph now =
                new Paragraph("Now: " + card.custody() + " · " + card.status().label());
        now.addClassName("find-card-now");
        details.add(
                new H2("Card " + card.serial() + ": " + card.holderName() + " (" + card.employeeNumber() + ")"), now);
        if (card.status() == CardStatus.PRINTED) {
            Button receive = new Button("Receive into the store");
            receive.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            receive.setDisableOnClick(true);
            receive.setId("find-card-receive");
            receive.addClickListener(event -> {
                if (Feedback.attempt(
                        () -> receipt.receiveOne(card.cardId(), card.cardVersion()),
                        "Card " + card.serial() + " received into the store.")) {
                    show(card.cardId());
                } else {
                    receive.setEnabled(true);
                }
            });
            details.add(
                    new Paragraph("This card has been printed and has not been received yet. Receive it when "
                            + "it is in your hands: it can then be booked onto a collection session."),
                    receive);
        }
        if (card.collectionSite() != null) {
            details.add(new Paragraph("To be collected at " + card.collectionSite()));
        }
        if (card.replacesSerial() != null) {
            details.add(new Paragraph("Replaces card " + card.replacesSerial()));
        }
        Grid<CustodyStep> history = new Grid<>();
        history.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        GridDates.dateTime(history, CustodyStep::at, "When");
        history.addColumn(CustodyStep::actorName).setHeader("Who").setFlexGrow(1);
        history.addColumn(step -> step.toStatus().label()).setHeader("Status").setFlexGrow(1);
        history.addColumn(step -> step.custodyChanged() ? step.from() + " → " + step.to() : step.to())
                .setHeader("Where")
                .setFlexGrow(2);
        history.addColumn(step -> step.note() == null ? "" : step.note())
                .setHeader("Note")
                .setFlexGrow(2);
        history.setItems(card.history());
        history.setAllRowsVisible(true);
        history.setAriaLabel("History of card " + card.serial());
        details.add(history);
    }
}
