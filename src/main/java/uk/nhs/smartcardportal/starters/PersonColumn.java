package uk.nhs.smartcardportal.starters;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The columns of a file of people (starters from the recruitment system, or the staff list from ESR), with the header
 * names we accept for each. Which columns a file may have, and which it needs, is the {@link PeopleFile}'s to say.
 */
public enum PersonColumn {
    EMPLOYEE_NUMBER("Employee number", "candidate number", "assignment number", "employee no"),
    FIRST_NAME("First name", "forename", "given name"),
    LAST_NAME("Last name", "surname", "family name"),
    WORK_EMAIL("Work email", "work e-mail", "email", "e-mail", "email address"),
    PERSONAL_EMAIL("Personal email", "personal e-mail", "home email", "home e-mail", "personal email address"),
    MOBILE("Mobile", "mobile number", "mobile phone", "personal mobile", "mobile phone number"),
    JOB_TITLE("Job title", "position title", "role", "position"),
    STAFF_GROUP("Staff group"),
    DEPARTMENT("Department", "ward", "ward or department", "organisation", "cost centre"),
    START_DATE("Start date", "contract start date", "assignment start date", "latest start date"),
    BASE_SITE("Base site", "site", "work location", "location"),
    MANAGER(
            "Manager employee number",
            "manager",
            "line manager employee number",
            "supervisor employee number",
            "supervisor"),
    CARD_NEEDED("Card needed", "smartcard needed", "smartcard required"),
    CARD_REASON("Card reason", "smartcard reason", "reason"),
    CHANGES_FROM("Changes from", "effective date", "change effective date", "assignment change date"),
    LEAVING_DATE("Leaving date", "termination date", "projected leaving date", "end date"),
    LEAVING_TO("Leaving to", "destination", "leaving to nhs organisation", "new organisation");

    private final String header;
    private final List<String> aliases;

    PersonColumn(String header, String... aliases) {
        this.header = header;
        this.aliases = List.of(aliases);
    }

    public String header() {
        return header;
    }

    /** The column a header names, ignoring case, spaces, dashes and underscores. */
    public static Optional<PersonColumn> fromHeader(String text) {
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
