package uk.nhs.smartcardportal.cards;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import uk.nhs.smartcardportal.base.AbstractEntity;
import uk.nhs.smartcardportal.base.Counted;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.sessions.CollectionSession;
import uk.nhs.smartcardportal.sites.Site;
import uk.nhs.smartcardportal.staff.Staff;

/**
 * One physical card for one person. Its status and custody change only through {@link CardLifecycle}, which
 * validates, records, audits and announces every move.
 */
@Entity
@Table(name = "smartcard")
public class Smartcard extends AbstractEntity {

    /** A card's certificates last this long from the day it is issued, unless the card says otherwise. */
    public static final int CERTIFICATE_YEARS = 3;

    /** The 12-digit number on the front of the card (its UUID), which people quote to service desks. */
    public static final String SERIAL_PATTERN = "\\d{12}";

    /** Why an entry is not a card number, saying what was typed: a longer one is never cut to fit. */
    public static String describeBadSerial(String entered) {
        String rule = "A card number is exactly 12 digits, as printed on the card.";
        if (entered == null || entered.isBlank()) {
            return rule;
        }
        long digits = entered.chars().filter(Character::isDigit).count();
        return rule
                + (digits == entered.length()
                        ? " This has " + Counted.of(digits, "digit") + "."
                        : " This has characters that are not digits.");
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private CardRequest request;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_id")
    private Staff staff;

    @Column(length = 12, unique = true)
    private String serial;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CardStatus status = CardStatus.REQUESTED;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "collection_site_id")
    private Site collectionSite;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id")
    private CollectionSession session;

    @Embedded
    private Custody custody = Custody.notPrinted();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "replaces_card_id")
    private Smartcard replaces;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "printed_at")
    private Instant printedAt;

    /** Worked out by the database from the custody (migration 018); only for queries. */
    @Column(name = "held_by_trust", insertable = false, updatable = false)
    private Boolean heldByTrust;

    /** Worked out by the database from the status (migration 018); only for queries. */
    @Column(name = "waiting_for_session", insertable = false, updatable = false)
    private Boolean waitingForSession;

    /** The session the holder was last reminded about, so each reminder goes once. */
    @Column(name = "reminded_session_id")
    private Long remindedSessionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "leaver_outcome", length = 20)
    private LeaverOutcome leaverOutcome;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "certificate_expires_on")
    private LocalDate certificateExpiresOn;

    protected Smartcard() {}

    Smartcard(CardRequest request, Instant createdAt) {
        this.request = request;
        this.staff = request.getStaff();
        this.statusChangedAt = createdAt;
    }

    public CardRequest getRequest() {
        return request;
    }

    public Staff getStaff() {
        return staff;
    }

    public String getSerial() {
        return serial;
    }

    void setSerial(String serial) {
        this.serial = serial;
    }

    public CardStatus getStatus() {
        return status;
    }

    public Site getCollectionSite() {
        return collectionSite;
    }

    void setCollectionSite(Site collectionSite) {
        this.collectionSite = collectionSite;
    }

    public CollectionSession getSession() {
        return session;
    }

    void setSession(CollectionSession session) {
        this.session = session;
    }

    public Custody getCustody() {
        return custody;
    }

    public Smartcard getReplaces() {
        return replaces;
    }

    void setReplaces(Smartcard replaces) {
        this.replaces = replaces;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    /** Only {@link CardLifecycle} calls this, after checking the move is allowed. */
    void moveTo(CardStatus next, Custody newCustody, Instant at) {
        this.status = next;
        this.custody = newCustody;
        this.statusChangedAt = at;
        if (next == CardStatus.PRINTED && printedAt == null) {
            this.printedAt = at;
        }
        if (next == CardStatus.COLLECTED) {
            if (issuedOn == null) {
                this.issuedOn = LocalDate.ofInstant(at, UkTime.ZONE);
            }
            if (certificateExpiresOn == null) {
                this.certificateExpiresOn = issuedOn.plusYears(CERTIFICATE_YEARS);
            }
        }
    }

    /** For a collected card whose holder has left: kept (moving within the NHS), to be returned, or returned. */
    public LeaverOutcome getLeaverOutcome() {
        return leaverOutcome;
    }

    void setLeaverOutcome(LeaverOutcome leaverOutcome) {
        this.leaverOutcome = leaverOutcome;
    }

    /** The day the card reached its holder: collected, or issued before the portal; null until then. */
    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getCertificateExpiresOn() {
        return certificateExpiresOn;
    }

    void heldBeforeThePortal(String serial, LocalDate issuedOn, LocalDate certificateExpiresOn) {
        this.serial = serial;
        this.issuedOn = issuedOn;
        this.certificateExpiresOn = certificateExpiresOn;
    }
}
