package uk.nhs.smartcardportal.passport;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks every compliance value passes, whether typed by the Workforce Systems Team or imported from ESR. Each
 * returns the problem in plain words, or null when the value is fine.
 */
final class ComplianceRules {

    static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);
    private static final Pattern ODS_CODE = Pattern.compile("[A-Z0-9]{3,6}");

    private ComplianceRules() {}

    static String odsCode(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    static String odsCodeProblem(String code) {
        return code == null || ODS_CODE.matcher(code).matches()
                ? null
                : "An ODS code is 3 to 6 letters and digits, for example REM or RBQ.";
    }

    /** A check or completion date: not before 1950 and not in the future. */
    static String pastDateProblem(LocalDate date, LocalDate today) {
        if (date == null) {
            return null;
        }
        return date.isBefore(EARLIEST) || date.isAfter(today) ? "A date between 1950 and today, please." : null;
    }

    static String expiryProblem(TrainingCompletion completion, LocalDate today) {
        if (completion.expiresOn() == null) {
            return null;
        }
        if (completion.expiresOn().isBefore(EARLIEST) || completion.expiresOn().isAfter(today.plusYears(10))) {
            return "An expiry date between 1950 and ten years from today, please.";
        }
        if (completion.completedOn() != null && !completion.expiresOn().isAfter(completion.completedOn())) {
            return "The expiry date must be after the completion date.";
        }
        return null;
    }

    static String dbsProblem(DbsLevel level, LocalDate checkedOn) {
        return (level == null) != (checkedOn == null) ? "Give both the DBS level and the date of the check." : null;
    }

    static String unknownSubjects(Map<String, TrainingCompletion> training, Set<String> known) {
        return training.keySet().stream()
                .filter(code -> !known.contains(code))
                .findFirst()
                .map(code -> "There is no training subject " + code + ".")
                .orElse(null);
    }
}
