package uk.nhs.smartcardportal.staff;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A UK mobile number as people write it (07700 900123, +44 7700 900123), kept in one form: +447700900123. */
public final class UkMobile {

    private UkMobile() {}

    public static final String PROBLEM =
            "This is not a UK mobile number. Give it as 07… or +44 7…, 11 digits from the 0.";

    /** The number in international form, or empty when it is not a UK mobile number. */
    public static Optional<String> normalise(@Nullable String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = typed.strip().replaceAll("[\\s().-]", "");
        if (digits.startsWith("+44")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("0044")) {
            digits = "0" + digits.substring(4);
        } else if (digits.startsWith("44") && digits.length() == 12) {
            digits = "0" + digits.substring(2);
        }
        if (!digits.matches("07\\d{9}")) {
            return Optional.empty();
        }
        return Optional.of("+44" + digits.substring(1));
    }
}
