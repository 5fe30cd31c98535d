package uk.nhs.smartcardportal.cards;

/** What becomes of a collected card when its holder leaves the trust. */
public enum LeaverOutcome {
    KEPT("Kept: moving to another NHS organisation"),
    TO_BE_RETURNED("To be returned"),
    RETURNED("Returned and destroyed");

    private final String label;

    LeaverOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
