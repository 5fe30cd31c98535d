package uk.nhs.smartcardportal.cards.requests.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.LitRenderer;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.base.ui.AskFirst;
import uk.nhs.smartcardportal.base.ui.Feedback;
import uk.nhs.smartcardportal.base.ui.FormErrors;
import uk.nhs.smartcardportal.cards.requests.CardAskRow;
import uk.nhs.smartcardportal.cards.requests.CardAskService;

/** The cards a manager's team members asked for themselves, each to confirm or decline; hidden when there are none. */
class TeamAsksSection extends Section {

    private final CardAskService asks;
    private final Runnable afterDecision;
    private final Grid<CardAskRow> grid = new Grid<>();

    TeamAsksSection(CardAskService asks, Runnable afterDecision) {
        this.asks = asks;
        this.afterDecision = afterDecision;
        addClassNames("portal-card", "team-asks");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(CardAskRow::fullName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(row -> UkTime.dateTime(row.askedAt())).setHeader("Asked").setAutoWidth(true);
        grid.addColumn(CardAskRow::why).setHeader("Why").setFlexGrow(3);
        grid.addColumn(LitRenderer.<CardAskRow>of("<vaadin-button aria-label=\"Confirm a card for ${item.name}\" "
                                + "@click=\"${confirm}\">Confirm</vaadin-button> "
                                + "<vaadin-button theme=\"tertiary\" aria-label=\"Decline the card for ${item.name}\" "
                                + "@click=\"${decline}\">Decline</vaadin-button>")
                        .withProperty("name", CardAskRow::fullName)
                        .withFunction("confirm", this::confirm)
                        .withFunction("decline", this::decline))
                .setHeader("Action")
                .setAutoWidth(true);
        grid.setItemsPageable(asks::myTeamsAsks, pageable -> (int) asks.countMyTeamsAsks());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Cards your team asked for");
        grid.setId("team-asks");
        add(
                new H2("Cards your team asked for"),
                new Paragraph("These people say their role has changed and now needs a Smartcard. Confirm it and "
                        + "Recruitment prints the card; decline it and say why, and we tell them."),
                grid);
        refresh();
    }

    private void confirm(CardAskRow row) {
        AskFirst.open(
                "Confirm a Smartcard for " + row.fullName() + "?",
                "Recruitment will print a card for " + row.firstName() + " (" + row.why() + ").",
                "Confirm: print a card",
                "Not now",
                () -> {
                    if (Feedback.attempt(
                            () -> asks.confirm(row.askId()), "Card asked for: it is in Recruitment's print queue.")) {
                        refresh();
                        afterDecision.run();
                    }
                });
    }

    private void decline(CardAskRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Decline the card for " + row.fullName() + "?");
        TextArea why = new TextArea("Why the role does not need a card");
        why.setHelperText("We tell " + row.firstName() + " this.");
        why.setWidthFull();
        FormErrors errors = new FormErrors().on(CardAskService.NOTE, why);
        Button decline = new Button("Decline");
        decline.setDisableOnClick(true);
        decline.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        decline.addClickListener(event -> {
            if (errors.attempt(
                    decline,
                    () -> asks.decline(row.askId(), why.getValue()),
                    "Declined: we have told " + row.firstName() + ".")) {
                dialog.close();
                refresh();
                afterDecision.run();
            }
        });
        dialog.add(why);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), decline);
        dialog.open();
        why.focus();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        setVisible(asks.countMyTeamsAsks() > 0);
    }
}
