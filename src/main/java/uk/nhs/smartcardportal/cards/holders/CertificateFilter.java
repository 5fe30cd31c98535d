package uk.nhs.smartcardportal.cards.holders;

/** Which certificates Workforce's list shows. */
public enum CertificateFilter {
    EXPIRING("Expiring in the next 90 days"),
    EXPIRED("Expired");

    private final String label;

    CertificateFilter(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
