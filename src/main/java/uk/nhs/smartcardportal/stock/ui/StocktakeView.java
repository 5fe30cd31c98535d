package uk.nhs.smartcardportal.stock.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.ui.Feedback;
import uk.nhs.smartcardportal.base.ui.FormErrors;
import uk.nhs.smartcardportal.base.ui.InMenuGroup;
import uk.nhs.smartcardportal.base.ui.MenuGroup;
import uk.nhs.smartcardportal.cards.custody.CardCount;
import uk.nhs.smartcardportal.cards.custody.CustodyService;
import uk.nhs.smartcardportal.cards.custody.IntakeCard;
import uk.nhs.smartcardportal.sites.Site;
import uk.nhs.smartcardportal.sites.SiteService;
import uk.nhs.smartcardportal.stock.CountedDifference;
import uk.nhs.smartcardportal.stock.StockItem;
import uk.nhs.smartcardportal.stock.StockService;

/** A stocktake at one location: consumables counted by number, cards by serial, each compared with the records. */
@Route("stocktake")
@PageTitle("Stocktake · Smartcard Portal")
@InMenuGroup(MenuGroup.STOCK)
@Menu(title = "Stocktake", order = 51, icon = "vaadin:clipboard-check")
@RolesAllowed(Roles.WORKFORCE)
class StocktakeView extends Main {

    private final StockService stock;
    private final CustodyService custody;
    private final Select<Site> location = new Select<>();
    private final Map<Long, IntegerField> counts = new LinkedHashMap<>();
    private final TextArea serials = new TextArea("Card numbers counted here");
    private final Div consumablesResult = new Div();
    private final Div cardsResult = new Div();

    StocktakeView(StockService stock, CustodyService custody, SiteService sites) {
        this.stock = stock;
        this.custody = custody;
        addClassName("portal-page");
        location.setLabel("Location");
        location.setItems(sites.activeLocations());
        location.setItemLabelGenerator(site -> site == null ? "" : site.getName());
        location.addValueChangeListener(event -> {
            consumablesResult.removeAll();
            cardsResult.removeAll();
        });

        FormLayout consumables = new FormLayout();
        for (StockItem item : stock.items()) {
            IntegerField count = new IntegerField(item.getName() + " (" + item.getUnit() + ")");
            count.setMin(0);
            count.setHelperText("Leave empty if not counted");
            counts.put(item.getId(), count);
            consumables.add(count);
        }
        Button recordConsumables = new Button("Record the consumables count", event -> recordConsumables());
        recordConsumables.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        serials.setHelperText("Scan or paste every card found here");
        serials.setWidthFull();
        Button checkCards = new Button("Check the cards", event -> checkCards());
        checkCards.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H1("Stocktake"),
                location,
                new H2("Consumables"),
                consumables,
                recordConsumables,
                consumablesResult,
                new H2("Cards"),
                serials,
                checkCards,
                cardsResult);
    }

    private void recordConsumables() {
        consumablesResult.removeAll();
        if (!locationChosen()) {
            return;
        }
        FormErrors errors = new FormErrors();
        counts.forEach((itemId, field) -> errors.on(StockService.countField(itemId), field));
        Map<Long, Integer> counted = new LinkedHashMap<>();
        counts.forEach((itemId, field) -> {
            if (field.getValue() != null) {
                counted.put(itemId, field.getValue());
            }
        });
        List<List<CountedDifference>> result = new java.util.ArrayList<>();
        if (errors.attempt(
                () -> result.add(stock.stocktake(location.getValue().getId(), counted)), "Stocktake recorded.")) {
            UnorderedList lines = new UnorderedList();
            result.getFirst()
                    .forEach(line -> lines.add(new ListItem(line.itemName() + ": counted " + line.counted()
                            + ", the ledger expected " + line.expected()
                            + (line.difference() == 0 ? "." : "; adjusted by " + line.difference() + "."))));
            consumablesResult.add(lines);
        }
    }

    /** Says on the field itself when no location is chosen. */
    private boolean locationChosen() {
        location.setManualValidation(true);
        location.setInvalid(location.getValue() == null);
        location.setErrorMessage(location.getValue() == null ? "Choose the location you counted." : null);
        if (location.getValue() == null) {
            location.focus();
        }
        return location.getValue() != null;
    }

    private void checkCards() {
        cardsResult.removeAll();
        if (!locationChosen()) {
            return;
        }
        CardCount count = custody.countCards(location.getValue().getId(), serials.getValue());
        cardsResult.add(
                new Paragraph("Found as recorded: " + count.found().size()),
                new Paragraph("Recorded here but not found: " + count.missing().size() + list(count.missing())),
                new Paragraph("Found here but recorded elsewhere: "
                        + count.misplaced().size() + list(count.misplaced())),
                new Paragraph("Not cards in custody: " + count.unknown().size()
                        + (count.unknown().isEmpty()
                                ? ""
                                : " ("
                                        + count.unknown().stream()
                                                .map(unknown -> unknown.entered())
                                                .collect(Collectors.joining(", "))
                                        + ")")));
        Button record = new Button("Record the card count", event -> {
            if (Feedback.attempt(() -> custody.recordCardCount(count), "Card count recorded.")) {
                cardsResult.removeAll();
                serials.clear();
            }
        });
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cardsResult.add(record);
    }

    private static String list(List<IntakeCard> cards) {
        return cards.isEmpty()
                ? ""
                : " ("
                        + cards.stream()
                                .map(card -> card.serial() + " " + card.holderName())
                                .collect(Collectors.joining(", "))
                        + ")";
    }
}
