package uk.nhs.smartcardportal.passport;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The level of a Disclosure and Barring Service check. */
public enum DbsLevel {
    BASIC("Basic"),
    STANDARD("Standard"),
    ENHANCED("Enhanced"),
    ENHANCED_WITH_BARRED_LISTS("Enhanced with barred lists");

    private final String label;

    DbsLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<DbsLevel> fromName(String name) {
        String wanted = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return Stream.of(values())
                .filter(level -> level.label
                                .toLowerCase(Locale.ROOT)
                                .replaceAll("[^a-z]", "")
                                .equals(wanted)
                        || level.name()
                                .toLowerCase(Locale.ROOT)
                                .replace("_", "")
                                .equals(wanted))
                .findFirst();
    }
}
