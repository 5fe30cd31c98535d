package uk.nhs.smartcardportal.starters;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import uk.nhs.smartcardportal.base.imports.CsvImportFile;
import uk.nhs.smartcardportal.base.imports.ImportDates;
import uk.nhs.smartcardportal.base.imports.ImportProblem;
import uk.nhs.smartcardportal.cards.CardRequest;
import uk.nhs.smartcardportal.cards.RequestReason;
import uk.nhs.smartcardportal.sites.Site;
import uk.nhs.smartcardportal.staff.SmartcardNeed;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffDetails;
import uk.nhs.smartcardportal.staff.UkMobile;

/**
 * Checks one line of a file of people and turns it into staff details and, when a card is needed, its reason; for the
 * staff list, also the day a change of manager, site or staff group takes effect.
 */
final class PersonRowValidator {

    private static final LocalDate EARLIEST_DATE = LocalDate.of(1950, 1, 1);

    record Valid(StaffDetails details, RequestReason reason, String reasonText, LocalDate changesFrom) {}

    private final Map<String, Site> sitesByLowerCaseName;
    private final LocalDate latestDate;

    PersonRowValidator(List<Site> sites, LocalDate today) {
        this.sitesByLowerCaseName = sites.stream()
                .collect(java.util.stream.Collectors.toMap(
                        site -> site.getName().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
        this.latestDate = today.plusYears(2);
    }

    /** The row's details, or null after adding each problem found to {@code problems}. */
    Valid validate(CsvImportFile.Row<PersonColumn> row, List<ImportProblem> problems) {
        int before = problems.size();
        Problems found = new Problems(row.line(), problems);
        String employeeNumber = text(row, PersonColumn.EMPLOYEE_NUMBER, Staff.EMPLOYEE_NUMBER_MAX, found);
        if (employeeNumber == null) {
            found.add(PersonColumn.EMPLOYEE_NUMBER, "Give the person's employee or candidate number.");
        } else if (!employeeNumber.matches("[A-Za-z0-9-]+")) {
            found.add(PersonColumn.EMPLOYEE_NUMBER, "Use letters, digits and dashes only.");
        }
        String firstName = name(row, PersonColumn.FIRST_NAME, found);
        String lastName = name(row, PersonColumn.LAST_NAME, found);
        String email = text(row, PersonColumn.WORK_EMAIL, Staff.EMAIL_MAX, found);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            found.add(PersonColumn.WORK_EMAIL, "This is not an e-mail address.");
        }
        String personalEmail = text(row, PersonColumn.PERSONAL_EMAIL, Staff.EMAIL_MAX, found);
        if (personalEmail != null && !personalEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            found.add(PersonColumn.PERSONAL_EMAIL, "This is not an e-mail address.");
        }
        String mobile = null;
        String typedMobile = text(row, PersonColumn.MOBILE, 40, found);
        if (typedMobile != null) {
            mobile = UkMobile.normalise(typedMobile).orElse(null);
            if (mobile == null) {
                found.add(PersonColumn.MOBILE, UkMobile.PROBLEM);
            }
        }
        String jobTitle = text(row, PersonColumn.JOB_TITLE, Staff.JOB_TITLE_MAX, found);
        String staffGroup = text(row, PersonColumn.STAFF_GROUP, Staff.STAFF_GROUP_MAX, found);
        String department = text(row, PersonColumn.DEPARTMENT, Staff.DEPARTMENT_MAX, found);
        LocalDate startDate = date(row, PersonColumn.START_DATE, found);
        LocalDate leavingDate = date(row, PersonColumn.LEAVING_DATE, found);
        LocalDate changesFrom = date(row, PersonColumn.CHANGES_FROM, found);
        String leavingTo = text(row, PersonColumn.LEAVING_TO, Staff.LEAVING_TO_MAX, found);
        if (leavingTo != null && leavingDate == null && row.get(PersonColumn.LEAVING_DATE) == null) {
            found.add(PersonColumn.LEAVING_DATE, "Give the leaving date of someone leaving to another organisation.");
        }
        Site site = site(row, found);
        String manager = text(row, PersonColumn.MANAGER, Staff.EMPLOYEE_NUMBER_MAX, found);
        SmartcardNeed need = need(row, found);
        RequestReason reason = null;
        String reasonText = text(row, PersonColumn.CARD_REASON, CardRequest.REASON_TEXT_MAX, found);
        if (need == SmartcardNeed.NEEDED) {
            if (reasonText == null) {
                found.add(
                        PersonColumn.CARD_REASON,
                        "Say why the role needs a card: clinical systems, ESR "
                                + "supervisor, or the reason in words.");
            } else {
                reason = reasonFrom(reasonText);
                reasonText = reason == RequestReason.OTHER ? reasonText : null;
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new Valid(
                new StaffDetails(
                        employeeNumber,
                        firstName,
                        lastName,
                        email,
                        jobTitle,
                        staffGroup,
                        department,
                        startDate,
                        site,
                        manager,
                        need,
                        leavingDate,
                        leavingTo,
                        personalEmail,
                        mobile),
                reason,
                reasonText,
                changesFrom);
    }

    /**
     * Letters of any alphabet with their accents, and the digits, spaces and punctuation names use ("O'Neill, Jr",
     * "Smith-Jones (née Brown)"); no markup, symbols or emoji.
     */
    private static final java.util.regex.Pattern NAME =
            java.util.regex.Pattern.compile("[\\p{L}\\p{M}\\p{Nd} '’.,()-]*\\p{L}[\\p{L}\\p{M}\\p{Nd} '’.,()-]*");

    private static String name(CsvImportFile.Row<PersonColumn> row, PersonColumn column, Problems found) {
        String value = text(row, column, Staff.NAME_MAX, found);
        if (value != null && !NAME.matcher(value).matches()) {
            found.add(
                    column,
                    "A name is letters, with spaces, hyphens, apostrophes, full stops, commas or brackets between "
                            + "them.");
            return null;
        }
        return value;
    }

    private static String text(CsvImportFile.Row<PersonColumn> row, PersonColumn column, int max, Problems found) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        if (value.length() > max) {
            found.add(column, "At most " + max + " characters; this has " + value.length() + ".");
            return null;
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            found.add(column, "Contains control characters (such as tabs or line breaks). Remove them.");
            return null;
        }
        return value;
    }

    private LocalDate date(CsvImportFile.Row<PersonColumn> row, PersonColumn column, Problems found) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        LocalDate date = ImportDates.parse(value).orElse(null);
        if (date == null) {
            found.add(column, ImportDates.HOW_TO_WRITE);
            return null;
        }
        if (date.isBefore(EARLIEST_DATE) || date.isAfter(latestDate)) {
            found.add(column, "A date between 1950 and two years from today, please.");
            return null;
        }
        return date;
    }

    private Site site(CsvImportFile.Row<PersonColumn> row, Problems found) {
        String value = row.get(PersonColumn.BASE_SITE);
        if (value == null) {
            return null;
        }
        Site site = sitesByLowerCaseName.get(value.toLowerCase(Locale.ROOT));
        if (site == null) {
            found.add(
                    PersonColumn.BASE_SITE,
                    "No active site is called \"" + abbreviate(value) + "\". Use the "
                            + "site's name as the portal lists it.");
        }
        return site;
    }

    private static SmartcardNeed need(CsvImportFile.Row<PersonColumn> row, Problems found) {
        String value = row.get(PersonColumn.CARD_NEEDED);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true" -> SmartcardNeed.NEEDED;
            case "no", "n", "false" -> SmartcardNeed.NOT_NEEDED;
            case "unknown", "not known", "?" -> SmartcardNeed.UNKNOWN;
            default -> {
                found.add(PersonColumn.CARD_NEEDED, "Write yes, no or unknown.");
                yield null;
            }
        };
    }

    private static RequestReason reasonFrom(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("clinical")) {
            return RequestReason.CLINICAL_SYSTEMS;
        }
        if (lower.startsWith("esr")) {
            return RequestReason.ESR_SUPERVISOR;
        }
        return RequestReason.OTHER;
    }

    private static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }

    private record Problems(long line, List<ImportProblem> all) {

        void add(PersonColumn column, String message) {
            all.add(new ImportProblem(line, column.header(), message));
        }
    }
}
