package uk.nhs.smartcardportal.passport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A column of an ESR compliance extract: one of the fixed columns, or a training subject's completion or expiry date
 * ("Fire safety completed", "Fire safety expires").
 *
 * @param subjectCode the training subject, for training columns
 * @param expiry      for training columns, whether this is the expiry date rather than the completion date
 */
public record ComplianceColumn(String header, Fixed fixed, String subjectCode, boolean expiry, List<String> aliases) {

    public enum Fixed {
        EMPLOYEE_NUMBER,
        EMPLOYER_ODS_CODE,
        STAFF_GROUP,
        RIGHT_TO_WORK,
        DBS_LEVEL,
        DBS_DATE,
        OCCUPATIONAL_HEALTH
    }

    static final ComplianceColumn EMPLOYEE_NUMBER =
            fixed("Employee number", Fixed.EMPLOYEE_NUMBER, "assignment number", "employee no");
    static final ComplianceColumn EMPLOYER =
            fixed("Employer ODS code", Fixed.EMPLOYER_ODS_CODE, "employer", "organisation code", "ods code");
    static final ComplianceColumn STAFF_GROUP = fixed("Staff group", Fixed.STAFF_GROUP);
    static final ComplianceColumn RIGHT_TO_WORK =
            fixed("Right to work checked on", Fixed.RIGHT_TO_WORK, "right to work", "right to work check");
    static final ComplianceColumn DBS_LEVEL = fixed("DBS level", Fixed.DBS_LEVEL, "dbs check level");
    static final ComplianceColumn DBS_DATE = fixed("DBS checked on", Fixed.DBS_DATE, "dbs date", "dbs check date");
    static final ComplianceColumn OCCUPATIONAL_HEALTH = fixed(
            "Occupational health cleared on",
            Fixed.OCCUPATIONAL_HEALTH,
            "occupational health clearance",
            "oh clearance",
            "oh cleared on");

    private static ComplianceColumn fixed(String header, Fixed fixed, String... aliases) {
        return new ComplianceColumn(header, fixed, null, false, List.of(aliases));
    }

    /** Every column a file can have, given the trust's training subjects. */
    static List<ComplianceColumn> all(List<TrainingSubject> subjects) {
        List<ComplianceColumn> columns = new ArrayList<>(List.of(
                EMPLOYEE_NUMBER, EMPLOYER, STAFF_GROUP, RIGHT_TO_WORK, DBS_LEVEL, DBS_DATE, OCCUPATIONAL_HEALTH));
        for (TrainingSubject subject : subjects) {
            columns.add(new ComplianceColumn(
                    subject.getName() + " completed",
                    null,
                    subject.getCode(),
                    false,
                    List.of(subject.getCode() + " completed")));
            columns.add(new ComplianceColumn(
                    subject.getName() + " expires",
                    null,
                    subject.getCode(),
                    true,
                    List.of(subject.getCode() + " expires", subject.getName() + " expiry")));
        }
        return columns;
    }

    static Optional<ComplianceColumn> named(String text, List<ComplianceColumn> columns) {
        String wanted = normalise(text);
        return columns.stream()
                .filter(column -> normalise(column.header).equals(wanted)
                        || column.aliases.stream()
                                .anyMatch(alias -> normalise(alias).equals(wanted)))
                .findFirst();
    }

    private static String normalise(String text) {
        return text == null
                ? ""
                : text.toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("[^a-z0-9]", "");
    }
}
