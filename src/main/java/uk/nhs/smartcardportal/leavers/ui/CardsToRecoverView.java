package uk.nhs.smartcardportal.leavers.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.base.ui.AskFirst;
import uk.nhs.smartcardportal.base.ui.Feedback;
import uk.nhs.smartcardportal.base.ui.InMenuGroup;
import uk.nhs.smartcardportal.base.ui.MenuGroup;
import uk.nhs.smartcardportal.cards.CardToRecover;
import uk.nhs.smartcardportal.cards.LeaverCards;

/** Collected cards of people who have left and are not moving within the NHS: each should come back. */
@Route(CardsToRecoverView.ROUTE)
@PageTitle("Cards to recover · Smartcard Portal")
@InMenuGroup(MenuGroup.CARDS)
@Menu(title = "Cards to recover", order = 48.5, icon = "vaadin:credit-card")
@RolesAllowed(Roles.WORKFORCE)
class CardsToRecoverView extends Main {

    static final String ROUTE = "cards-to-recover";

    private final LeaverCards cards;
    private final Grid<CardToRecover> grid = new Grid<>();

    CardsToRecoverView(LeaverCards cards) {
        this.cards = cards;
        addClassName("portal-page");
        grid.addColumn(CardToRecover::holder).setHeader("Holder").setAutoWidth(true);
        grid.addColumn(CardToRecover::employeeNumber)
                .setHeader("Employee number")
                .setAutoWidth(true);
        grid.addColumn(CardToRecover::serial).setHeader("Card number").setAutoWidth(true);
        grid.addColumn(CardToRecover::department).setHeader("Department").setAutoWidth(true);
        grid.addColumn(card -> UkTime.date(card.leavingDate()))
                .setHeader("Left on")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("Action").setAutoWidth(true);
        grid.setItemsPageable(cards::toRecover, pageable -> (int) cards.countToRecover());
        grid.setAriaLabel("Cards to recover");
        grid.setEmptyStateText("No leaver has a card to return.");
        add(
                new H1("Cards to recover"),
                new Paragraph("These people have left the trust with their smartcard and are not moving to another "
                        + "NHS organisation. Ask for each card back; when it comes back, record it and it is destroyed. "
                        + "If the person is moving within the NHS after all, they keep it."),
                grid);
    }

    private HorizontalLayout actions(CardToRecover card) {
        Button returned = new Button(
                "Returned",
                event -> AskFirst.open(
                        "Record card " + card.serial() + " as returned?",
                        "The card is recorded as destroyed and leaves this list.",
                        "Returned and destroyed",
                        "Not yet",
                        () -> act(
                                () -> cards.recordReturned(card.cardId(), card.cardVersion()),
                                "Card " + card.serial() + " recorded as returned and destroyed.")));
        returned.setAriaLabel("Card " + card.serial() + " of " + card.holder() + " returned");
        Button kept = new Button(
                "Kept: moving within the NHS",
                event -> act(
                        () -> cards.recordKept(card.cardId(), card.cardVersion()),
                        card.holder() + " keeps card " + card.serial() + "."));
        kept.setAriaLabel(card.holder() + " keeps card " + card.serial() + ": moving within the NHS");
        return new HorizontalLayout(returned, kept);
    }

    private void act(Runnable action, String success) {
        if (Feedback.attempt(action, success)) {
            grid.getDataProvider().refreshAll();
        }
    }
}
