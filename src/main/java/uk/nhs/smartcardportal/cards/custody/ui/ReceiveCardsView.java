package uk.nhs.smartcardportal.cards.custody.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.nhs.smartcardportal.base.Counted;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.ui.Feedback;
import uk.nhs.smartcardportal.base.ui.GridDates;
import uk.nhs.smartcardportal.base.ui.InMenuGroup;
import uk.nhs.smartcardportal.base.ui.MenuGroup;
import uk.nhs.smartcardportal.base.ui.PageLayout;
import uk.nhs.smartcardportal.cards.custody.CardReceipt;
import uk.nhs.smartcardportal.cards.custody.CardReceiptService;
import uk.nhs.smartcardportal.cards.custody.CustodyRow;

/**
 * Where printed cards arrive from Recruitment: scan or paste their numbers, see which were expected, which
 * Recruitment has not recorded as printed and which are not expected here, then receive the expected ones into the
 * store, from where they can be booked onto sessions.
 */
@Route("receive-cards")
@PageTitle("Receive printed cards · Smartcard Portal")
@InMenuGroup(MenuGroup.CARDS)
@Menu(title = "Receive printed cards", order = 46.5, icon = "vaadin:inbox")
@RolesAllowed(Roles.WORKFORCE)
class ReceiveCardsView extends Main {

    private final CardReceiptService receipt;
    private final TextArea serials = new TextArea("Card numbers");
    private final Div result = new Div();
    private final Paragraph waiting = new Paragraph();
    private final Grid<CustodyRow> onTheirWay = new Grid<>();

    ReceiveCardsView(CardReceiptService receipt) {
        this.receipt = receipt;
        addClassNames("portal-page", "receive-cards");
        serials.setHelperText("Scan each card, or type or paste their 12-digit numbers: one per line, or separated "
                + "by spaces or commas");
        serials.setWidthFull();
        serials.setMinHeight("8rem");
        serials.setId("receive-serials");
        Button check = new Button("Check the cards", event -> check());
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.setId("receive-check");
        result.addClassName("receive-result");
        result.getElement().setAttribute("aria-live", "polite");

        onTheirWay
                .addColumn(CustodyRow::serial)
                .setHeader("Card number")
                .setAutoWidth(true)
                .setFlexGrow(0);
        onTheirWay.addColumn(CustodyRow::fullName).setHeader("Name").setFlexGrow(1);
        onTheirWay
                .addColumn(CustodyRow::collectionSite)
                .setHeader("To be collected at")
                .setFlexGrow(1);
        GridDates.date(onTheirWay, CustodyRow::printedAt, "Printed");
        onTheirWay.setItemsPageable(receipt::onTheirWay, pageable -> (int) receipt.countOnTheirWay());
        onTheirWay.setAriaLabel("Printed cards on their way from Recruitment");
        onTheirWay.setEmptyStateText("Every printed card has been received.");
        onTheirWay.addClassName("portal-grid-fill");

        add(
                new H1("Receive printed cards"),
                new Paragraph("Recruitment sends the cards it prints to the Workforce "
                        + "Systems Team. Receive them here when they arrive: each one then waits in the store to be booked "
                        + "onto a collection session, and its holder is told."),
                serials,
                check,
                result,
                new H2("On their way from Recruitment"),
                waiting,
                onTheirWay);
        PageLayout.fillWithGrid(this, onTheirWay);
        refreshWaiting();
    }

    private void check() {
        result.removeAll();
        CardReceipt checked;
        try {
            checked = receipt.check(serials.getValue());
        } catch (uk.nhs.smartcardportal.base.RuleViolationException refused) {
            serials.setInvalid(true);
            serials.setErrorMessage(refused.getMessage());
            return;
        }
        serials.setInvalid(false);
        result.add(new H2("Expected: " + checked.expected().size()));
        if (!checked.expected().isEmpty()) {
            result.add(ScannedCardGrids.cards(checked.expected(), "Cards expected from Recruitment"));
        }
        if (!checked.notRecordedAsPrinted().isEmpty()) {
            result.add(
                    new H2("Not recorded as printed yet: "
                            + checked.notRecordedAsPrinted().size()),
                    new Paragraph("Recruitment has not recorded these cards as printed. Keep them to one side, ask "
                            + "Recruitment to record them in the print queue, then scan them again."),
                    ScannedCardGrids.numbers(checked.notRecordedAsPrinted(), "Not recorded as printed yet"));
        }
        if (!checked.notExpected().isEmpty()) {
            result.add(
                    new H2("Not expected: " + checked.notExpected().size()),
                    ScannedCardGrids.reasons(checked.notExpected(), "Cards not expected"));
        }
        if (!checked.notCardNumbers().isEmpty()) {
            result.add(
                    new H2("Not card numbers: " + checked.notCardNumbers().size()),
                    new Paragraph("A card number is exactly 12 digits, as printed on the front of the card. Check "
                            + "these and scan them again."),
                    ScannedCardGrids.numbers(checked.notCardNumbers(), "Not card numbers"));
        }
        if (checked.stillExpected() > 0) {
            result.add(new Paragraph(Counted.of(checked.stillExpected(), "other printed card") + " not scanned "
                    + (checked.stillExpected() == 1 ? "is still on its way." : "are still on their way.")));
        }
        if (!checked.expected().isEmpty()) {
            int count = checked.expected().size();
            Button confirm = new Button("Receive " + Counted.of(count, "card") + " into the store");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.setDisableOnClick(true);
            confirm.setId("receive-confirm");
            confirm.addClickListener(event -> {
                if (Feedback.attempt(
                        () -> receipt.receive(checked.expected()),
                        Counted.of(count, "card") + " received into the store.")) {
                    serials.clear();
                    result.removeAll();
                    refreshWaiting();
                } else {
                    confirm.setEnabled(true);
                }
            });
            result.add(confirm);
        }
    }

    private void refreshWaiting() {
        long count = receipt.countOnTheirWay();
        waiting.setText(
                count == 0
                        ? "No printed cards are waiting to be received."
                        : Counted.of(count, "printed card") + " not received yet, oldest first.");
        onTheirWay.getDataProvider().refreshAll();
    }
}
