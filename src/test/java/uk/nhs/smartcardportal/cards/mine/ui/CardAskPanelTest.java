package uk.nhs.smartcardportal.cards.mine.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.smartcardportal.ViewTest;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.RequestReason;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.security.Role;
import uk.nhs.smartcardportal.staff.Staff;

/** A member of staff whose role changed asks for a card from My smartcard, and sees it waiting for their manager. */
class CardAskPanelTest extends ViewTest {

    @Autowired
    CardFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<RequestReason> reason() {
        return find(RadioButtonGroup.class)
                .withLabel("What does your role now need a card for?")
                .single();
    }

    private Button askButton() {
        return find(Button.class).withText("Ask my manager for a card").single();
    }

    @Test
    void aPersonWithNoCardAsksTheirManagerAndOtherWithoutWordsIsRefusedOnItsField() {
        Staff person = fixtures.newTeamMember("Rhiannon", "Rolechange");
        signInAs(person.getId(), person.getFullName(), EnumSet.of(Role.STAFF));
        navigate(MyCardView.class);
        assertThat(find(H2.class).all()).extracting(H2::getText).contains("Has your role changed?");

        test(reason()).selectItem(RequestReason.OTHER.label());
        test(askButton()).click();
        TextArea why =
                find(TextArea.class).withLabel("Why your role needs a card").single();
        assertThat(why.isInvalid()).isTrue();
        assertThat(why.getErrorMessage()).isEqualTo("Say why the role needs a Smartcard.");
        assertThat(jdbc.queryForObject("select count(*) from card_ask where staff_id = ?", Long.class, person.getId()))
                .isZero();

        test(reason()).selectItem(RequestReason.CLINICAL_SYSTEMS.label());
        test(askButton()).click();

        assertThat(test(find(Notification.class).last()).getText())
                .isEqualTo("Asked: your manager will confirm it, and we have e-mailed them.");
        assertThat(find(H2.class).all()).extracting(H2::getText).contains("You have asked for a Smartcard");
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).all())
                .extracting(com.vaadin.flow.component.html.Paragraph::getText)
                .anySatisfy(text -> assertThat(text)
                        .contains("(Access to clinical systems)")
                        .contains(DemoUsers.MANAGER.fullName() + " will confirm it"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_message where kind = 'CARD_ASKED' and recipient_staff_id = "
                                + "(select id from staff where employee_number = ?) and subject like ?",
                        Long.class,
                        DemoUsers.MANAGER.employeeNumber(),
                        "Rhiannon Rolechange%"))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'CARD_ASKED' and entity_type = 'CardAsk'"
                                + " and entity_id = (select max(id) from card_ask where staff_id = ?)",
                        Long.class,
                        person.getId()))
                .isEqualTo(1);

        test(find(Button.class).withText("Withdraw my request").single()).click();
        assertThat(find(H2.class).all()).extracting(H2::getText).contains("Has your role changed?");
        assertThat(jdbc.queryForObject(
                        "select status from card_ask where staff_id = ? order by id desc limit 1",
                        String.class,
                        person.getId()))
                .isEqualTo("WITHDRAWN");
    }

    @Test
    void aHolderWhoseCardIsInUseIsNotOfferedTheAsk() {
        CardFixtures.Starter holder = fixtures.cardAllocated("Harriet", "Holder", DemoUsers.AINTREE);
        fixtures.finish(holder.cardId(), CardStatus.AT_SESSION, "Taken to the session");
        fixtures.finish(holder.cardId(), CardStatus.COLLECTED, "Handed over");
        signInAs(holder.staffId(), holder.name(), EnumSet.of(Role.STAFF));
        navigate(MyCardView.class);

        assertThat(find(H2.class).all()).extracting(H2::getText).doesNotContain("Has your role changed?");
        assertThat(find(Button.class).withText("Ask my manager for a card").all())
                .isEmpty();
    }
}
