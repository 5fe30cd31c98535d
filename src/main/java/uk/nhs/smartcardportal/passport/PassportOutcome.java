package uk.nhs.smartcardportal.passport;

/** The overall answer to "can I work at a partner organisation without repeating my checks?". */
public enum PassportOutcome {
    ELIGIBLE("Eligible"),
    NOT_YET("Not yet"),
    NOT_COVERED("Not covered");

    private final String label;

    PassportOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
