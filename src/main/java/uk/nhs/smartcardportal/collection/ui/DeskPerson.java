package uk.nhs.smartcardportal.collection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.base.ui.FormErrors;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.collection.HandOverDeskService;
import uk.nhs.smartcardportal.collection.IdentityCheck;
import uk.nhs.smartcardportal.collection.IdentityDocument;
import uk.nhs.smartcardportal.collection.RunSheetLine;
import uk.nhs.smartcardportal.sessions.SessionSummary;

/** One person at the desk: their card, and the identity check that hands it over. */
class DeskPerson extends Div {

    DeskPerson(RunSheetLine line, HandOverDeskService desk, SessionSummary session, Runnable afterHandOver) {
        addClassName("desk-person");
        add(
                new H2(line.fullName()),
                new Paragraph("Employee number " + line.employeeNumber() + " · card " + line.serial()));
        if (line.isHandedOver()) {
            add(new Paragraph(
                    "Handed over " + UkTime.dateTime(line.handedOverAt()) + " by " + line.handedOverBy() + "."));
            return;
        }
        if (line.status() == CardStatus.ALLOCATED) {
            add(new Paragraph("This card has not been marked as taken to the session: use the run sheet."));
            return;
        }
        if (line.status() != CardStatus.AT_SESSION) {
            add(new Paragraph("This card is " + line.status().label().toLowerCase() + "."));
            return;
        }
        CheckboxGroup<IdentityDocument> photo = documents("Photo identity seen", IdentityDocument.Proves.PHOTO);
        CheckboxGroup<IdentityDocument> address = documents("Proof of address seen", IdentityDocument.Proves.ADDRESS);
        TextField early = new TextField("Why hand it over before the session?");
        early.setHelperText("The session starts " + UkTime.span(session.startsAt(), session.endsAt())
                + ". The reason is kept with the card's history.");
        early.setWidthFull();
        early.setVisible(desk.isBeforeSession(session));
        FormErrors errors = new FormErrors()
                .on(IdentityCheck.PHOTO, photo)
                .on(IdentityCheck.ADDRESS, address)
                .on(IdentityCheck.EARLY_REASON, early);
        Button handOver = new Button("Hand over the card");
        handOver.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        handOver.setDisableOnClick(true);
        handOver.getElement().setAttribute("aria-label", "Hand over the card to " + line.fullName());
        handOver.addClickListener(event -> {
            if (errors.attempt(
                    handOver,
                    () -> desk.handOver(
                            session.id(),
                            line.cardId(),
                            line.cardVersion(),
                            new IdentityCheck(photo.getValue(), address.getValue(), early.getValue())),
                    "Card handed to " + line.fullName() + ".")) {
                afterHandOver.run();
            }
        });
        add(
                new Paragraph(
                        "Check original, in-date documents with the person: at least one with their photo and one "
                                + "showing their address, up to " + IdentityDocument.MAX_DOCUMENTS
                                + " in all. The name must match "
                                + "exactly. Tick the kinds you saw; never note their numbers."),
                photo,
                address,
                early,
                handOver);
    }

    private static CheckboxGroup<IdentityDocument> documents(String label, IdentityDocument.Proves proves) {
        CheckboxGroup<IdentityDocument> group = new CheckboxGroup<>(label);
        group.setItems(IdentityDocument.proving(proves));
        group.setItemLabelGenerator(IdentityDocument::label);
        group.addClassName("desk-documents");
        return group;
    }
}
