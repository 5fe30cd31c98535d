package uk.nhs.smartcardportal.cards;

/** The photo identity seen at the hand-over desk before a card is handed over. */
public enum IdentityDocument {
    PASSPORT("Passport"),
    PHOTO_DRIVING_LICENCE("Photo driving licence"),
    BIOMETRIC_RESIDENCE_PERMIT("Biometric residence permit"),
    NATIONAL_ID_CARD("National identity card (EU/EEA)"),
    ARMED_FORCES_ID("Armed forces ID card");

    private final String label;

    IdentityDocument(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
