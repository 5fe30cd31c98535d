package uk.nhs.smartcardportal.starters;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The columns of a starters file from the recruitment system, with the header names we accept for each. */
public enum StarterColumn {
    EMPLOYEE_NUMBER("Employee number", true, "candidate number", "assignment number", "employee no"),
    FIRST_NAME("First name", true, "forename", "given name"),
    LAST_NAME("Last name", true, "surname", "family name"),
    WORK_EMAIL("Work email", false, "work e-mail", "email", "e-mail"),
    JOB_TITLE("Job title", false, "position title", "role"),
    STAFF_GROUP("Staff group", false),
    DEPARTMENT("Department", false, "ward", "ward or department"),
    START_DATE("Start date", true, "contract start date"),
    BASE_SITE("Base site", false, "site", "work location"),
    MANAGER("Manager employee number", false, "manager", "line manager employee number"),
    CARD_NEEDED("Card needed", false, "smartcard needed", "smartcard required"),
    CARD_REASON("Card reason", false, "smartcard reason", "reason");

    private final String header;
    private final boolean required;
    private final List<String> aliases;

    StarterColumn(String header, boolean required, String... aliases) {
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
    public static Optional<StarterColumn> fromHeader(String text) {
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
