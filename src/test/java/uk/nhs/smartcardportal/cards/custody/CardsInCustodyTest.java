package uk.nhs.smartcardportal.cards.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.Custody;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.dev.MovableClock;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.staff.StaffRepository;

@IntegrationTest
class CardsInCustodyTest {

    @Autowired
    CustodyService custody;

    @Autowired
    CardFixtures fixtures;

    @Autowired
    StaffRepository staff;

    @Autowired
    MovableClock clock;

    @Test
    void anUncollectedCardIsListedWithItsAgeFlaggedAndExportedThenDestroyed() {
        CardFixtures.Starter starter = fixtures.cardInStore("Aged", "Card", DemoUsers.AINTREE);
        String serial = fixtures.card(starter.cardId()).getSerial();
        SignIn.as(DemoUsers.ADMIN, staff);
        long store = fixtures.siteId(DemoUsers.STORE);
        CustodyFilter oldAtStore = new CustodyFilter(store, CardStatus.IN_STORE, 90, serial);

        assertThat(custody.inCustody(oldAtStore, PageRequest.of(0, 10))).isEmpty();
        clock.setInstant(Instant.now().plus(Duration.ofDays(100)));

        assertThat(custody.countInCustody(oldAtStore)).isEqualTo(1);
        CustodyRow row = custody.inCustody(oldAtStore, PageRequest.of(0, 10)).getFirst();
        assertThat(row.location()).isEqualTo(DemoUsers.STORE);
        assertThat(row.collectionSite()).isEqualTo(DemoUsers.AINTREE);
        assertThat(custody.needsFollowUp(row)).isTrue();
        assertThat(custody.inCustody(
                        new CustodyFilter(fixtures.siteId(DemoUsers.GENERAL_OFFICE), null, null, serial),
                        PageRequest.of(0, 10)))
                .isEmpty();
        String csv = new String(custody.inCustodyCsv(oldAtStore), StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("\uFEFFCard number,Name,Employee number,Status,Where,Collection site,Printed,"
                        + "Days since printing")
                .contains(serial + ",Aged Card,")
                .contains(",100\r\n");

        assertThatThrownBy(() -> custody.destroy(row.cardId(), row.cardVersion(), " "))
                .hasMessageContaining("Say why");
        custody.destroy(row.cardId(), row.cardVersion(), "Uncollected for over 90 days");

        assertThat(fixtures.card(starter.cardId()).getStatus()).isEqualTo(CardStatus.DESTROYED);
        assertThat(fixtures.card(starter.cardId()).getCustody()).isEqualTo(Custody.gone());
        assertThat(custody.countInCustody(new CustodyFilter(null, null, null, serial)))
                .isZero();
    }
}
