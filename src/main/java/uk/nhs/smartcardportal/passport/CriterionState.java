package uk.nhs.smartcardportal.passport;

/** How one passport criterion stands for a person. */
public enum CriterionState {
    MET("Met"),
    NOT_MET("Not met"),
    UNKNOWN("Not known");

    private final String label;

    CriterionState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
