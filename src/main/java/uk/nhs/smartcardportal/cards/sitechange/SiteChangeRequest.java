package uk.nhs.smartcardportal.cards.sitechange;

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
import uk.nhs.smartcardportal.base.AbstractEntity;
import uk.nhs.smartcardportal.base.Decision;
import uk.nhs.smartcardportal.cards.Smartcard;
import uk.nhs.smartcardportal.sites.Site;
import uk.nhs.smartcardportal.staff.Staff;

/** A starter's request to collect their card at another site, and the Workforce Systems Team's decision. */
@Entity
@Table(name = "site_change_request")
public class SiteChangeRequest extends AbstractEntity {

    public static final int REASON_MAX = 500;
    /** The fields of a request, as refusals name them. */
    public static final String TO_SITE = "toSite";

    public static final String REASON = "reason";
    public static final int NOTE_MAX = Decision.NOTE_MAX;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "card_id")
    private Smartcard card;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_id")
    private Staff staff;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_site_id")
    private Site fromSite;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_site_id")
    private Site toSite;

    @Column(length = REASON_MAX)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SiteChangeStatus status = SiteChangeStatus.PENDING;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Embedded
    private Decision decision;

    protected SiteChangeRequest() {}

    SiteChangeRequest(Smartcard card, Site fromSite, Site toSite, String reason, Instant requestedAt) {
        this.card = card;
        this.staff = card.getStaff();
        this.fromSite = fromSite;
        this.toSite = toSite;
        this.reason = reason;
        this.requestedAt = requestedAt;
    }

    void decide(SiteChangeStatus outcome, String byName, String note, Instant at) {
        this.status = outcome;
        this.decision = new Decision(byName, note, at);
    }

    public Smartcard getCard() {
        return card;
    }

    public Staff getStaff() {
        return staff;
    }

    public Site getFromSite() {
        return fromSite;
    }

    public Site getToSite() {
        return toSite;
    }

    public String getReason() {
        return reason;
    }

    public SiteChangeStatus getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getDecisionNote() {
        return decision == null ? null : decision.note();
    }
}
