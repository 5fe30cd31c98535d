package uk.nhs.smartcardportal.notifications.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.smartcardportal.ViewTest;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.home.ui.NotFoundView;
import uk.nhs.smartcardportal.notifications.MessagePreferenceService;
import uk.nhs.smartcardportal.notifications.OutboxMessage;
import uk.nhs.smartcardportal.security.Role;

class MessagesViewsTest extends ViewTest {

    @Autowired
    CardFixtures fixtures;

    @Autowired
    uk.nhs.smartcardportal.notifications.MyContactService contacts;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    MessagePreferenceService preferences;

    @Test
    void aStarterSeesTheirOwnMessages() {
        CardFixtures.Starter starter = fixtures.cardPrinted("Message", "Reader", DemoUsers.BROADGREEN);
        signInAs(starter.staffId(), starter.name(), EnumSet.of(Role.STAFF));

        navigate(MessagesView.class);

        assertThat(find(Details.class).all())
                .singleElement()
                .satisfies(details -> assertThat(details.getSummaryText())
                        .contains("Your NHS Smartcard has been printed")
                        .endsWith("being sent"));
    }

    @Test
    void aStarterTurnsRemindersOffAndOnAgain() {
        CardFixtures.Starter starter = fixtures.cardInStore("Quiet", "Please", DemoUsers.BROADGREEN);
        signInAs(starter.staffId(), starter.name(), EnumSet.of(Role.STAFF));
        navigate(MessagesView.class);
        Checkbox reminders = find(Checkbox.class)
                .withCaption("E-mail me a reminder the day before my collection session")
                .single();
        assertThat(reminders.getValue()).isTrue();

        test(reminders).click();
        assertThat(preferences.myRemindersWanted()).isFalse();
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("We will not send you reminders.");

        navigate(MessagesView.class);
        Checkbox again = find(Checkbox.class)
                .withCaption("E-mail me a reminder the day before my collection session")
                .single();
        assertThat(again.getValue()).as("the choice is kept").isFalse();
        test(again).click();
        assertThat(preferences.myRemindersWanted()).isTrue();
    }

    @Test
    void aStarterCorrectsTheirMobileAndAWrongNumberIsRefusedOnItsField() {
        CardFixtures.Starter starter = fixtures.cardInStore("Mona", "Mobile", DemoUsers.BROADGREEN);
        signInAs(starter.staffId(), starter.name(), EnumSet.of(Role.STAFF));
        navigate(MessagesView.class);
        com.vaadin.flow.component.textfield.TextField mobile = find(com.vaadin.flow.component.textfield.TextField.class)
                .withLabel("Mobile")
                .single();
        com.vaadin.flow.component.button.Button save = find(com.vaadin.flow.component.button.Button.class)
                .withText("Save my contact details")
                .single();

        test(mobile).setValue("0151 706 2000");
        test(save).click();
        assertThat(mobile.isInvalid()).isTrue();
        assertThat(mobile.getErrorMessage()).startsWith("This is not a UK mobile number");
        assertThat(contacts.myContact().mobile()).isNull();

        test(mobile).setValue("07700 900 456");
        test(save).click();
        assertThat(contacts.myContact().mobile()).isEqualTo("+447700900456");
        assertThat(jdbc.queryForObject(
                        "select after_value from audit_event where action = 'STAFF_CONTACT_CHANGED' and entity_id = ?",
                        String.class,
                        Long.toString(starter.staffId())))
                .contains("+447700900456");
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).all())
                .extracting(com.vaadin.flow.component.html.Paragraph::getText)
                .contains("We e-mail you at " + starter.email() + ". We text you at +447700900456.");

        Checkbox texts = find(Checkbox.class)
                .withCaption("Text my mobile as well when my card is ready, and about my collection session")
                .single();
        assertThat(texts.getValue()).isTrue();
        test(texts).click();
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("We will not text you.");
        assertThat(contacts.myContact().textsGoTo()).isNull();
        assertThat(jdbc.queryForObject(
                        "select after_value from audit_event where action = 'MESSAGE_PREFERENCE_CHANGED' "
                                + "and entity_id = ? order by id desc limit 1",
                        String.class,
                        Long.toString(starter.staffId())))
                .contains("texts")
                .contains("false");
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).all())
                .as("the page says so at once")
                .extracting(com.vaadin.flow.component.html.Paragraph::getText)
                .contains("We e-mail you at " + starter.email() + ". We do not text you.");
    }

    @Test
    void aManagerTurnsTheWeeklySummaryOffAndAStarterIsNotOffered() {
        signInAs(DemoUsers.MANAGER);
        navigate(MessagesView.class);
        String caption = "E-mail me each Monday about my team's cards waiting on me or waiting to be collected";
        Checkbox digest = find(Checkbox.class).withCaption(caption).single();
        assertThat(digest.getValue()).isTrue();

        test(digest).click();
        try {
            assertThat(preferences.myTeamDigestWanted()).isFalse();
            assertThat(test(find(Notification.class).last()).getText())
                    .isEqualTo("We will not send you the weekly e-mail.");
        } finally {
            preferences.chooseMyTeamDigest(true);
        }

        signInAs(DemoUsers.STARTER);
        navigate(MessagesView.class);
        assertThat(find(Checkbox.class).withCaption(caption).all()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void workforceFindsAMessageInTheOutbox() {
        CardFixtures.Starter starter = fixtures.cardPrinted("Outbox", "Finder", DemoUsers.BROADGREEN);
        signInAs(DemoUsers.ADMIN);
        navigate(OutboxView.class);

        test(find(TextField.class)
                        .withLabel("Recipient, mobile, subject or kind")
                        .single())
                .setValue(starter.email());

        Grid<OutboxMessage> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("Your NHS Smartcard has been printed");
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("E-mail");

        test(grid).invokeLitRendererFunction(0, 7, "read");
        assertThat(grid.isDetailsVisible(test(grid).getRow(0))).isTrue();
        assertThat(find(Pre.class).withClassName("message-body").single().getText())
                .startsWith("Dear Outbox,")
                .contains("Your card has been printed");
    }

    @Test
    void aStarterCannotOpenTheOutbox() {
        signInAs(DemoUsers.STARTER);
        navigate("outbox", NotFoundView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
    }
}
