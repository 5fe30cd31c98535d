package uk.nhs.smartcardportal.cards.mine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.security.Role;
import uk.nhs.smartcardportal.security.SignIn;

@IntegrationTest
class LostCardServiceTest {

    @Autowired
    LostCardService lostCards;

    @Autowired
    CardFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private CardFixtures.Starter collected(String first, String last) {
        CardFixtures.Starter starter = fixtures.cardAllocated(first, last, DemoUsers.AINTREE);
        fixtures.finish(starter.cardId(), CardStatus.AT_SESSION, "Taken to the session");
        fixtures.finish(starter.cardId(), CardStatus.COLLECTED, "Handed over");
        return starter;
    }

    private void signInAs(CardFixtures.Starter starter) {
        SignIn.as(starter.staffId(), starter.name(), EnumSet.of(Role.STAFF));
    }

    @Test
    void aHolderReportsTheirCardStolenItIsLostAtOnceAndANewOneJoinsThePrintQueue() {
        CardFixtures.Starter holder = collected("Lola", "Lost");
        signInAs(holder);

        long replacement = lostCards.reportLost(holder.cardId(), fixtures.version(holder.cardId()), true);

        assertThat(fixtures.card(holder.cardId()).getStatus()).isEqualTo(CardStatus.LOST);
        assertThat(fixtures.card(replacement).getStatus()).isEqualTo(CardStatus.REQUESTED);
        assertThat(fixtures.card(replacement).getReplaces().getId()).isEqualTo(holder.cardId());
        assertThat(jdbc.queryForObject(
                        "select after_value from audit_event where action = 'CARD_REPORTED_LOST' and entity_id = ?",
                        String.class,
                        Long.toString(holder.cardId())))
                .contains("\"stolen\":true");
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_message where recipient_staff_id = ? and kind = 'CARD_LOST'",
                        Long.class,
                        holder.staffId()))
                .isEqualTo(1);
        assertThatThrownBy(() -> lostCards.reportLost(holder.cardId(), fixtures.version(holder.cardId()), false))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("This card is no longer in use, so there is nothing to report.");
    }

    @Test
    void onlyTheHolderAndOnlyACardTheyHaveCollected() {
        CardFixtures.Starter holder = collected("Hana", "Holder");
        CardFixtures.Starter waiting = fixtures.cardInStore("Wes", "Waiting", DemoUsers.AINTREE);

        signInAs(waiting);
        assertThatThrownBy(() -> lostCards.reportLost(holder.cardId(), fixtures.version(holder.cardId()), false))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> lostCards.reportLost(waiting.cardId(), fixtures.version(waiting.cardId()), false))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageStartingWith("This card has not reached you yet");
        assertThat(fixtures.card(holder.cardId()).getStatus()).isEqualTo(CardStatus.COLLECTED);
        assertThat(fixtures.card(waiting.cardId()).getStatus()).isEqualTo(CardStatus.IN_STORE);
    }
}
