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

    MessagesView(
            OutboxService outbox,
            MessagePreferenceService preferences,
            MyContactService contacts,
            CurrentUser currentUser) {
        addClassNames("portal-page", "messages");
        MyContact mine = contacts.myContact();
        add(new H1("Messages"), contactDetails(contacts, mine), reminderChoice(preferences));
        if (mine.textsOn()) {
            add(textChoice(preferences));
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
        Checkbox reminders = new Checkbox(
                "E-mail me a reminder the day before my collection session", preferences.myRemindersWanted());
        reminders.setId("reminder-choice");
        reminders.setHelperText(
                "E-mails about your card itself (printed, booked, moved, cancelled, not collected) " + "always go.");
        reminders.addValueChangeListener(event -> {
            if (!event.isFromClient()) {
                return;
            }
            boolean wanted = event.getValue();
            if (!Feedback.attempt(
                    () -> preferences.chooseMyReminders(wanted),
                    wanted ? "We will remind you the day before." : "We will not send you reminders.")) {
                reminders.setValue(event.getOldValue());
            }
        });
        return reminders;
    }

    private static Checkbox textChoice(MessagePreferenceService preferences) {
        Checkbox texts = new Checkbox(
                "Text my mobile as well when my card is ready, and about my collection session",
                preferences.myTextsWanted());
        texts.setId("text-choice");
        texts.setHelperText("We text the day before your session, when it moves or is cancelled, and when your card "
                + "is ready to collect. E-mails go either way.");
        texts.addValueChangeListener(event -> {
            if (!event.isFromClient()) {
                return;
            }
            boolean wanted = event.getValue();
            if (!Feedback.attempt(
                    () -> preferences.chooseMyTexts(wanted),
                    wanted ? "We will text your mobile as well." : "We will not text you.")) {
                texts.setValue(event.getOldValue());
            }
        });
        return texts;
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

    private static Section contactDetails(MyContactService contacts, MyContact mine) {
        Section section = new Section(new H2("Where we contact you"));
        section.addClassName("portal-card");
        Paragraph goesTo = new Paragraph(emailsLine(mine));
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
        Checkbox digest = new Checkbox(
                "E-mail me each Monday about my team's cards waiting on me or waiting to be collected",
                preferences.myTeamDigestWanted());
        digest.setId("digest-choice");
        digest.setHelperText("You are always asked when a starter's card decision waits on you.");
        digest.addValueChangeListener(event -> {
            if (!event.isFromClient()) {
                return;
            }
            boolean wanted = event.getValue();
            if (!Feedback.attempt(
                    () -> preferences.chooseMyTeamDigest(wanted),
                    wanted ? "We will e-mail you each Monday." : "We will not send you the weekly e-mail.")) {
                digest.setValue(event.getOldValue());
            }
        });
        return digest;
    }

    static String state(OutboxMessage message) {
        return switch (message.getStatus()) {
            case SENT -> "sent " + UkTime.dateTime(message.getSentAt());
            case PENDING -> message.getAttempts() == 0 ? "being sent" : "waiting to be sent again";
            case FAILED -> "could not be sent";
        };
    }
}
