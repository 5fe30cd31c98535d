package uk.nhs.smartcardportal.cards.holders;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The columns of a file of the cards people held before the portal, with the header names we accept for each. */
public enum CardHolderColumn {
    CARD_NUMBER("Card number", true, "smartcard number", "card serial number", "serial number", "uuid"),
    EMPLOYEE_NUMBER("Employee number", true, "employee no", "assignment number"),
    DATE_ISSUED("Date issued", true, "issued", "issue date", "date of issue"),
    CERTIFICATE_EXPIRY("Certificate expiry", false, "certificate expiry date", "expiry date", "expires");

    private final String header;
    private final boolean required;
    private final List<String> aliases;

    CardHolderColumn(String header, boolean required, String... aliases) {
        this.header = header;
        this.required = required;
        this.aliases = List.of(aliases);
    }

    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    /** The column a header names, ignoring case, spaces, dashes and underscores. */
    public static Optional<CardHolderColumn> fromHeader(String text) {
        String wanted = normalise(text);
        return Stream.of(values())
                .filter(column -> normalise(column.header).equals(wanted)
                        || column.aliases.stream()
                                .anyMatch(alias -> normalise(alias).equals(wanted)))
                .findFirst();
    }

    private static String normalise(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.]", "");
    }
}
