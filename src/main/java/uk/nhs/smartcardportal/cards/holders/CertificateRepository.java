package uk.nhs.smartcardportal.cards.holders;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import uk.nhs.smartcardportal.cards.Smartcard;

interface CertificateRepository extends Repository<Smartcard, Long> {

    /** Collected cards of people still here whose certificates expire from {@code from} up to {@code to}. */
    String EXPIRING = "from Smartcard c join c.staff s left join s.baseSite b "
            + "where c.status = uk.nhs.smartcardportal.cards.CardStatus.COLLECTED and s.recordEndedAt is null "
            + "and c.certificateExpiresOn >= :from and c.certificateExpiresOn <= :to ";

    @Query("select new uk.nhs.smartcardportal.cards.holders.CertificateRow(c.id, c.serial, "
            + "concat(s.firstName, ' ', s.lastName), s.employeeNumber, c.certificateExpiresOn, b.name) " + EXPIRING
            + "order by c.certificateExpiresOn, c.id")
    List<CertificateRow> expiring(LocalDate from, LocalDate to, Pageable pageable);

    @Query("select count(c) " + EXPIRING)
    long countExpiring(LocalDate from, LocalDate to);
}
