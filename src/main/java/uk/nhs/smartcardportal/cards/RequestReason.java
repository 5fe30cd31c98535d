package uk.nhs.smartcardportal.cards;

public enum RequestReason {
    CLINICAL_SYSTEMS("Access to clinical systems"),
    ESR_SUPERVISOR("ESR Supervisor Self Service (appraisals, pay progression)"),
    OTHER("Other");

    private final String label;

    RequestReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
