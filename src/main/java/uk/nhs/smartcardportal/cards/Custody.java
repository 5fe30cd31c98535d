package uk.nhs.smartcardportal.cards;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The current location of a physical card. */
@Embeddable
public record Custody(
        @Enumerated(EnumType.STRING) @Column(name = "custody_kind", nullable = false, length = 20)
        CustodyKind kind,

        @Column(name = "custody_site_id") Long siteId,
        @Column(name = "custody_session_id") Long sessionId) {

    public static Custody notPrinted() {
        return new Custody(CustodyKind.NOT_PRINTED, null, null);
    }

    /** Printed by Recruitment and not yet received into the Workforce Systems store. */
    public static Custody withRecruitment() {
        return new Custody(CustodyKind.RECRUITMENT, null, null);
    }

    public static Custody atSite(long siteId) {
        return new Custody(CustodyKind.SITE, siteId, null);
    }

    public static Custody atSession(long sessionId) {
        return new Custody(CustodyKind.SESSION, null, sessionId);
    }

    public static Custody withHolder() {
        return new Custody(CustodyKind.HOLDER, null, null);
    }

    public static Custody gone() {
        return new Custody(CustodyKind.GONE, null, null);
    }

    public static Custody unknown() {
        return new Custody(CustodyKind.UNKNOWN, null, null);
    }
}
