package uk.nhs.smartcardportal.stock;

/** Why stock at a location changed. Received and transferred in add; used, spoiled and transferred out take away. */
public enum MovementKind {
    RECEIVED("Received", 1),
    USED("Used", -1),
    SPOILED("Spoiled", -1),
    TRANSFERRED_IN("Transferred in", 1),
    TRANSFERRED_OUT("Transferred out", -1),
    ADJUSTED("Adjusted", 0),
    COUNTED("Stocktake difference", 0);

    private final String label;
    private final int sign;

    MovementKind(String label, int sign) {
        this.label = label;
        this.sign = sign;
    }

    public String label() {
        return label;
    }

    /** +1 or -1 for movements that only add or only take away; 0 when the quantity carries its own sign. */
    int sign() {
        return sign;
    }
}
