package uk.nhs.smartcardportal.passport;

/**
 * Narrows a list of passport answers: by outcome, staff group label, name or employee number, and those with
 * training expiring within 30 days. Nulls match everyone.
 */
public record PassportFilter(PassportOutcome outcome, String staffGroup, String text, boolean expiringSoon) {

    public static final PassportFilter EVERYONE = new PassportFilter(null, null, null, false);
}
