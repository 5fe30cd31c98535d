package uk.nhs.smartcardportal.cards.holders;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.dev.MovableClock;
import uk.nhs.smartcardportal.security.Role;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.staff.StaffRepository;

@IntegrationTest
class CertificateServiceTest {

    @Autowired
    CertificateService certificates;

    @Autowired
    CardFixtures fixtures;

    @Autowired
    StaffRepository staff;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    private CardFixtures.Starter collected(String first, String last) {
        CardFixtures.Starter starter = fixtures.cardAllocated(first, last, DemoUsers.AINTREE);
        fixtures.finish(starter.cardId(), CardStatus.AT_SESSION, "Taken to the session");
        fixtures.finish(starter.cardId(), CardStatus.COLLECTED, "Handed over");
        return starter;
    }

    private static LocalDate today() {
        return LocalDate.now(UkTime.ZONE);
    }

    private long reminders(long staffId, String kind) {
        return jdbc.queryForObject(
                "select count(*) from outbox_message where recipient_staff_id = ? and kind = ?",
                Long.class,
                staffId,
                kind);
    }

    private void on(LocalDate day) {
        clock.setInstant(day.atTime(7, 20).atZone(UkTime.ZONE).toInstant());
    }

    private void runTheJob() {
        while (certificates.remindDue() > 0) {
            // until every reminder due is sent
        }
    }

    @Test
    void aCollectedCardsCertificatesExpireThreeYearsOnAndItsHolderSeesTheDate() {
        CardFixtures.Starter holder = collected("Cora", "Certificate");

        assertThat(fixtures.card(holder.cardId()).getIssuedOn()).isEqualTo(today());
        assertThat(fixtures.card(holder.cardId()).getCertificateExpiresOn()).isEqualTo(today().plusYears(3));
        SignIn.as(holder.staffId(), holder.name(), EnumSet.of(Role.STAFF));
        assertThat(certificates.myCertificatesExpireOn()).contains(today().plusYears(3));
    }

    @Test
    void theHolderIsRemindedNinetyAndThirtyDaysBeforeEachOnceAndALeaverNot() {
        CardFixtures.Starter holder = collected("Rhea", "Reminded");
        CardFixtures.Starter leaver = collected("Lee", "Leftalready");
        jdbc.update("update staff set record_ended_at = now() where id = ?", leaver.staffId());
        LocalDate expiry = today().plusYears(3);

        on(expiry.minusDays(91));
        runTheJob();
        assertThat(reminders(holder.staffId(), "CERTIFICATE_RENEWAL_90")).isZero();

        on(expiry.minusDays(90));
        runTheJob();
        runTheJob();
        assertThat(reminders(holder.staffId(), "CERTIFICATE_RENEWAL_90")).isEqualTo(1);
        assertThat(reminders(holder.staffId(), "CERTIFICATE_RENEWAL_30")).isZero();

        on(expiry.minusDays(30));
        runTheJob();
        on(expiry.minusDays(29));
        runTheJob();
        assertThat(reminders(holder.staffId(), "CERTIFICATE_RENEWAL_90")).isEqualTo(1);
        assertThat(reminders(holder.staffId(), "CERTIFICATE_RENEWAL_30")).isEqualTo(1);
        assertThat(reminders(leaver.staffId(), "CERTIFICATE_RENEWAL_90")
                        + reminders(leaver.staffId(), "CERTIFICATE_RENEWAL_30"))
                .isZero();
    }

    @Test
    void workforceListsCertificatesExpiringSoonOrExpiredAndExportsThem() {
        CardFixtures.Starter soon = collected("Sami", "Soon");
        CardFixtures.Starter expired = collected("Edda", "Expired");
        CardFixtures.Starter later = collected("Lars", "Later");
        jdbc.update(
                "update smartcard set certificate_expires_on = ? where id = ?", today().plusDays(40), soon.cardId());
        jdbc.update(
                "update smartcard set certificate_expires_on = ? where id = ?", today().minusDays(3), expired.cardId());
        SignIn.as(DemoUsers.ADMIN, staff);

        assertThat(certificates.list(CertificateFilter.EXPIRING, PageRequest.of(0, 500)))
                .extracting(CertificateRow::cardId)
                .contains(soon.cardId())
                .doesNotContain(expired.cardId(), later.cardId());
        assertThat(certificates.list(CertificateFilter.EXPIRED, PageRequest.of(0, 500)))
                .extracting(CertificateRow::cardId)
                .contains(expired.cardId())
                .doesNotContain(soon.cardId());
        assertThat(certificates.count(CertificateFilter.EXPIRED)).isPositive();
        String csv = new String(certificates.csv(CertificateFilter.EXPIRING), StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("\uFEFFCard number,Name,Employee number,Base site,Certificates expire")
                .contains("Sami Soon", UkTime.date(today().plusDays(40)))
                .doesNotContain("Edda Expired");
    }
}
