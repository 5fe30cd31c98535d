package uk.nhs.smartcardportal.collection;

import java.util.Arrays;
import java.util.List;

/**
 * The kinds of original, in-date document the hand-over desk may see, after NHS Employers' identity check standard:
 * at least one with the person's photo and one showing their address, up to three in all. Only the kind is ever
 * recorded, never a document's number or an image of it.
 */
public enum IdentityDocument {
    PASSPORT(Proves.PHOTO, "Passport"),
    PHOTO_DRIVING_LICENCE(Proves.PHOTO, "UK photocard driving licence"),
    BIOMETRIC_RESIDENCE_PERMIT(Proves.PHOTO, "Biometric residence permit"),
    NATIONAL_ID_CARD(Proves.PHOTO, "National identity card (EU/EEA)"),
    ARMED_FORCES_ID(Proves.PHOTO, "HM Forces ID card"),
    UTILITY_BILL(Proves.ADDRESS, "Utility bill (last 6 months)"),
    BANK_STATEMENT(Proves.ADDRESS, "Bank or building society statement"),
    COUNCIL_TAX(Proves.ADDRESS, "Council tax statement"),
    GOVERNMENT_LETTER(Proves.ADDRESS, "HMRC, pension or benefits letter"),
    TENANCY_OR_MORTGAGE(Proves.ADDRESS, "Tenancy agreement or mortgage statement"),
    DRIVING_LICENCE_ADDRESS(Proves.ADDRESS, "UK photocard driving licence, for the address");

    /** What a document shows. */
    public enum Proves {
        PHOTO,
        ADDRESS
    }

    public static final int MAX_DOCUMENTS = 3;

    private final Proves proves;
    private final String label;

    IdentityDocument(Proves proves, String label) {
        this.proves = proves;
        this.label = label;
    }

    public Proves proves() {
        return proves;
    }

    public String label() {
        return label;
    }

    public static List<IdentityDocument> proving(Proves what) {
        return Arrays.stream(values())
                .filter(document -> document.proves == what)
                .toList();
    }
}
