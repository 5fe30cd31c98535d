package uk.nhs.smartcardportal.cards.holders;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.base.CsvCells;
import uk.nhs.smartcardportal.base.CsvExport;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.Smartcard;
import uk.nhs.smartcardportal.cards.SmartcardRepository;
import uk.nhs.smartcardportal.security.CurrentUser;

/**
 * When collected cards' certificates expire: the holder's own date, Workforce's list of those expiring within 90
 * days or expired, and the reminders to holders 90 and 30 days before, each sent once.
 */
@Service
public class CertificateService {

    public static final int SOON_DAYS = 90;
    static final List<Integer> REMINDER_DAYS = List.of(30, 90);
    static final int EXPORT_MAX = 50_000;
    static final int BATCH = 500;

    private final CertificateRepository certificates;
    private final SmartcardRepository cards;
    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    CertificateService(
            CertificateRepository certificates,
            SmartcardRepository cards,
            NamedParameterJdbcTemplate jdbc,
            ApplicationEventPublisher events,
            CurrentUser currentUser,
            Clock clock) {
        this.certificates = certificates;
        this.cards = cards;
        this.jdbc = jdbc;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** When the certificates of the signed-in person's card expire, once they hold it. */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional(readOnly = true)
    public Optional<LocalDate> myCertificatesExpireOn() {
        return cards.findByStaffNewestFirst(currentUser.requireStaffId()).stream()
                .findFirst()
                .filter(card -> card.getStatus() == CardStatus.COLLECTED)
                .map(Smartcard::getCertificateExpiresOn);
    }

    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(readOnly = true)
    public List<CertificateRow> list(CertificateFilter filter, Pageable pageable) {
        LocalDate[] range = range(filter);
        return certificates.expiring(range[0], range[1], pageable);
    }

    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(readOnly = true)
    public long count(CertificateFilter filter) {
        LocalDate[] range = range(filter);
        return certificates.countExpiring(range[0], range[1]);
    }

    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(readOnly = true)
    public byte[] csv(CertificateFilter filter) {
        return CsvExport.write(
                List.of("Card number", "Name", "Employee number", "Base site", "Certificates expire"),
                list(filter, PageRequest.of(0, EXPORT_MAX)),
                row -> Arrays.asList(
                        CsvCells.safe(row.serial()),
                        CsvCells.safe(row.fullName()),
                        CsvCells.safe(row.employeeNumber()),
                        CsvCells.safe(row.siteName()),
                        UkTime.date(row.expiresOn())));
    }

    private LocalDate[] range(CertificateFilter filter) {
        LocalDate today = today();
        return filter == CertificateFilter.EXPIRED
                ? new LocalDate[] {LocalDate.of(1, 1, 1), today.minusDays(1)}
                : new LocalDate[] {today, today.plusDays(SOON_DAYS)};
    }

    /**
     * Marks and announces the reminders now due, a batch at a time; for the nightly job, which runs as no one. A card
     * within 30 days gets the 30-day reminder only. Each mark is taken by one instance alone.
     *
     * @return how many reminders it sent
     */
    @Transactional
    public int remindDue() {
        LocalDate today = today();
        int sent = 0;
        for (int days : REMINDER_DAYS) {
            String column = "renewal_reminded_" + days + "_at";
            List<Map<String, Object>> due = jdbc.queryForList(
                    "select c.id, c.staff_id, c.serial, c.certificate_expires_on from smartcard c "
                            + "join staff s on s.id = c.staff_id where c.status = 'COLLECTED' "
                            + "and s.record_ended_at is null and c.certificate_expires_on >= :today "
                            + "and c.certificate_expires_on <= :until and c." + column + " is null "
                            + "order by c.id limit :batch",
                    Map.of("today", today, "until", today.plusDays(days), "batch", BATCH));
            for (Map<String, Object> card : due) {
                long cardId = ((Number) card.get("id")).longValue();
                // a card reminded at 30 days is past needing the 90-day reminder
                String alsoNinety =
                        days == 90 ? "" : ", renewal_reminded_90_at = coalesce(renewal_reminded_90_at, :now)";
                int marked = jdbc.update(
                        "update smartcard set " + column + " = :now" + alsoNinety + " where id = :id and " + column
                                + " is null",
                        Map.of("now", Timestamp.from(clock.instant()), "id", cardId));
                if (marked == 1) {
                    events.publishEvent(new CertificateRenewalDue(
                            ((Number) card.get("staff_id")).longValue(),
                            cardId,
                            (String) card.get("serial"),
                            ((java.sql.Date) card.get("certificate_expires_on")).toLocalDate(),
                            days));
                    sent++;
                }
            }
        }
        return sent;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UkTime.ZONE));
    }
}
