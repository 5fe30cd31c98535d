package uk.nhs.smartcardportal.cards.sitechange;

public enum SiteChangeStatus {
    PENDING("Waiting for a decision"),
    APPROVED("Approved"),
    DECLINED("Declined"),
    WITHDRAWN("Withdrawn");

    private final String label;

    SiteChangeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
