package uk.nhs.smartcardportal.sites;

public enum SiteKind {
    HOSPITAL("Hospital site"),
    STORE("Workforce Systems store"),
    GENERAL_OFFICE("General Office (legacy)");

    private final String label;

    SiteKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
