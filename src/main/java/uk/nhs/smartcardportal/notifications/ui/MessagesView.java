package uk.nhs.smartcardportal.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Consumer;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.base.ui.Feedback;
import uk.nhs.smartcardportal.base.ui.FormErrors;
import uk.nhs.smartcardportal.notifications.MessagePreferenceService;
import uk.nhs.smartcardportal.notifications.MyContact;
import uk.nhs.smartcardportal.notifications.MyContactService;
import uk.nhs.smartcardportal.notifications.OutboxMessage;
import uk.nhs.smartcardportal.notifications.OutboxService;
import uk.nhs.smartcardportal.security.CurrentUser;
import uk.nhs.smartcardportal.security.Role;

/** The e-mails the portal has written to the signed-in person, whether each has gone, and their choice of reminders. */
@Route("messages")
@PageTitle("Messages · Smartcard Portal")
@Menu(title = "Messages", order = 15, icon = "vaadin:envelope")
@RolesAllowed(Roles.STAFF)
class MessagesView extends Main {

    /** Where e-mails and texts go; said again whenever the contact details or the text choice change. */
    private final Paragraph goesTo = new Paragraph();

    MessagesView(
            OutboxService outbox,
            MessagePreferenceService preferences,
            MyContactService contacts,
            CurrentUser currentUser) {
        addClassNames("portal-page", "messages");
        MyContact mine = contacts.myContact();
        add(new H1("Messages"), contactDetails(contacts, mine), reminderChoice(preferences));
        if (mine.textsOn()) {
            add(textChoice(preferences, () -> goesTo.setText(emailsLine(contacts.myContact()))));
        }
        if (currentUser.hasRole(Role.MANAGER)) {
            add(digestChoice(preferences));
        }
        add(new H2("E-mails we have sent you"));
        List<OutboxMessage> messages = outbox.myMessages();
        if (messages.isEmpty()) {
            add(new Paragraph("We have not e-mailed you yet. When something happens to your card, the e-mail we "
                    + "send you also appears here."));
        }
        for (OutboxMessage message : messages) {
            Details details = new Details(
                    UkTime.dateTime(message.getCreatedAt()) + " · " + message.getSubject() + " · " + state(message),
                    new Pre(message.getBodyText()));
            details.addClassName("message");
            add(details);
        }
    }

    private static Checkbox reminderChoice(MessagePreferenceService preferences) {
        return choice(
                "reminder-choice",
                "E-mail me a reminder the day before my collection session",
                "E-mails about your card itself (printed, booked, moved, cancelled, not collected) always go.",
                preferences.myRemindersWanted(),
                preferences::chooseMyReminders,
                "We will remind you the day before.",
                "We will not send you reminders.",
                () -> {});
    }

    private static Checkbox textChoice(MessagePreferenceService preferences, Runnable afterSave) {
        return choice(
                "text-choice",
                "Text my mobile as well when my card is ready, and about my collection session",
                "We text the day before your session, when it moves or is cancelled, and when your card is ready to "
                        + "collect. E-mails go either way.",
                preferences.myTextsWanted(),
                preferences::chooseMyTexts,
                "We will text your mobile as well.",
                "We will not text you.",
                afterSave);
    }

    /** A choice saved as soon as it is ticked or cleared; put back as it was if the saving is refused. */
    private static Checkbox choice(
            String id,
            String caption,
            String helper,
            boolean now,
            Consumer<Boolean> save,
            String whenOn,
            String whenOff,
            Runnable afterSave) {
        Checkbox choice = new Checkbox(caption, now);
        choice.setId(id);
        choice.setHelperText(helper);
        choice.addValueChangeListener(event -> {
            if (!event.isFromClient()) {
                return;
            }
            boolean wanted = event.getValue();
            if (Feedback.attempt(() -> save.accept(wanted), wanted ? whenOn : whenOff)) {
                afterSave.run();
            } else {
                choice.setValue(event.getOldValue());
            }
        });
        return choice;
    }

    private static String textsLine(MyContact contact) {
        if (!contact.textsOn()) {
            return "";
        }
        return contact.textsGoTo() == null ? " We do not text you." : " We text you at " + contact.textsGoTo() + ".";
    }

    private static String emailsLine(MyContact contact) {
        return (contact.emailsGoTo() == null
                        ? "We have no e-mail address for you yet, so we cannot e-mail you."
                        : "We e-mail you at " + contact.emailsGoTo() + ".")
                + textsLine(contact);
    }

    private Section contactDetails(MyContactService contacts, MyContact mine) {
        Section section = new Section(new H2("Where we contact you"));
        section.addClassName("portal-card");
        goesTo.setText(emailsLine(mine));
        goesTo.setId("emails-go-to");
        section.add(goesTo);
        section.add(new Paragraph("Until your first day, or while you have no work e-mail address, we use your "
                + "personal e-mail. From your first day we use your work e-mail"
                + (mine.workEmail() == null ? "." : ", " + mine.workEmail() + ".")));
        TextField personal = new TextField("Personal e-mail");
        personal.setValue(mine.personalEmail() == null ? "" : mine.personalEmail());
        personal.setWidth("min(100%, 24rem)");
        TextField mobile = new TextField("Mobile");
        mobile.setValue(mine.mobile() == null ? "" : mine.mobile());
        mobile.setHelperText("A UK mobile, such as 07700 900123.");
        Button save = new Button("Save my contact details");
        save.setDisableOnClick(true);
        FormErrors errors =
                new FormErrors().on(MyContactService.PERSONAL_EMAIL, personal).on(MyContactService.MOBILE, mobile);
        save.addClickListener(event -> {
            if (errors.attempt(
                    save,
                    () -> contacts.updateMyContact(personal.getValue(), mobile.getValue()),
                    "Your contact details are saved.")) {
                MyContact now = contacts.myContact();
                goesTo.setText(emailsLine(now));
                mobile.setValue(now.mobile() == null ? "" : now.mobile());
            }
        });
        FormLayout form = new FormLayout(personal, mobile, save);
        form.setMaxWidth("40rem");
        section.add(form);
        return section;
    }

    private static Checkbox digestChoice(MessagePreferenceService preferences) {
        return choice(
                "digest-choice",
                "E-mail me each Monday about my team's cards waiting on me or waiting to be collected",
                "You are always asked when a starter's card decision waits on you.",
                preferences.myTeamDigestWanted(),
                preferences::chooseMyTeamDigest,
                "We will e-mail you each Monday.",
                "We will not send you the weekly e-mail.",
                () -> {});
    }

    static String state(OutboxMessage message) {
        return switch (message.getStatus()) {
            case SENT -> "sent " + UkTime.dateTime(message.getSentAt());
            case PENDING -> message.getAttempts() == 0 ? "being sent" : "waiting to be sent again";
            case FAILED -> "could not be sent";
        };
    }
}
