package uk.nhs.smartcardportal.cards.holders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.base.imports.ImportProgress;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.RequestOrigin;
import uk.nhs.smartcardportal.cards.RequestReason;
import uk.nhs.smartcardportal.cards.mine.MyCardOverview;
import uk.nhs.smartcardportal.cards.mine.MyCardService;
import uk.nhs.smartcardportal.cards.requests.CardRequestService;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.security.Role;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffRepository;

@IntegrationTest
class CardHolderImportServiceTest {

    private static final String HEADER = "Card number,Employee number,Date issued,Certificate expiry\n";
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    CardHolderImportService imports;

    @Autowired
    CardRequestService requests;

    @Autowired
    MyCardService myCard;

    @Autowired
    CardFixtures fixtures;

    @Autowired
    StaffRepository staff;

    private static byte[] csv(String lines) {
        return (HEADER + lines).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aCardHeldBeforeThePortalIsCollectedOnTheHoldersPageAndAnotherIsRefused() {
        Staff holder = fixtures.newPerson("Tegan", "Holder");
        String serial = fixtures.uniqueSerial();
        LocalDate issued = LocalDate.now().minusYears(1);
        byte[] file = csv(serial + "," + holder.getEmployeeNumber() + "," + issued.format(UK) + ","
                + issued.plusYears(3).format(UK));
        SignIn.as(DemoUsers.ADMIN, staff);

        CardHolderImportReport check = imports.check(file, ImportProgress.NONE);
        assertThat(check.problems()).isEmpty();
        assertThat(check.created()).isEqualTo(1);
        CardHolderImportReport report = imports.importFile("holders.csv", file, ImportProgress.NONE);
        assertThat(report.imported()).isTrue();
        assertThat(report.created()).isEqualTo(1);

        assertThatThrownBy(() ->
                        requests.requestCard(holder.getId(), RequestReason.CLINICAL_SYSTEMS, null, RequestOrigin.LATER))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("already has a card on its way or in use");

        CardHolderImportReport again = imports.importFile("holders.csv", file, ImportProgress.NONE);
        assertThat(again.created()).isZero();
        assertThat(again.unchanged()).isEqualTo(1);

        SignIn.as(holder.getId(), holder.getFullName(), EnumSet.of(Role.STAFF));
        MyCardOverview mine = myCard.overview();
        assertThat(mine.status()).isEqualTo(CardStatus.COLLECTED);
        assertThat(mine.serial()).isEqualTo(serial);
        assertThat(fixtures.card(mine.cardId()).getCertificateExpiresOn()).isEqualTo(issued.plusYears(3));
    }

    @Test
    void aFileWithAProblemRecordsNothing() {
        Staff holder = fixtures.newPerson("Uma", "Holder");
        Staff other = fixtures.newPerson("Vic", "Holder");
        String serial = fixtures.uniqueSerial();
        SignIn.as(DemoUsers.ADMIN, staff);
        String today = LocalDate.now().format(UK);
        byte[] file = csv(serial + "," + holder.getEmployeeNumber() + "," + today + ",\n"
                + "12345," + other.getEmployeeNumber() + "," + today + ",\n"
                + fixtures.uniqueSerial() + ",NOBODY-1," + today + ",\n"
                + fixtures.uniqueSerial() + "," + other.getEmployeeNumber() + ","
                + LocalDate.now().plusDays(3).format(UK) + ",");

        CardHolderImportReport report = imports.importFile("holders.csv", file, ImportProgress.NONE);

        assertThat(report.imported()).isFalse();
        assertThat(report.problems())
                .extracting(problem -> problem.line() + " " + problem.column())
                .containsExactly("3 Card number", "4 Employee number", "5 Date issued");
        assertThat(staff.findById(holder.getId()).orElseThrow()).isNotNull();
        SignIn.as(holder.getId(), holder.getFullName(), EnumSet.of(Role.STAFF));
        assertThat(myCard.overview().cardId()).isNull();
    }
}
