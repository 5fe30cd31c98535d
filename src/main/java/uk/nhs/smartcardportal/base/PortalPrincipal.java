package uk.nhs.smartcardportal.base;

/**
 * What every feature may know about the signed-in person: the staff record they act as and the name
 * to show. Implemented by the security feature's principal, read by the audit trail.
 */
public interface PortalPrincipal {

    /** The linked staff record, or null when the person has no staff record. */
    Long staffId();

    String displayName();
}
