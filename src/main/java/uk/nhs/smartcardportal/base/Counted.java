package uk.nhs.smartcardportal.base;

import java.text.NumberFormat;
import java.util.Locale;

/** A number with its noun, in the right number: "1 card", "2 cards", "1,200 cards". */
public final class Counted {

    private Counted() {}

    /** The noun takes an "s" for anything but one. */
    public static String of(long count, String singular) {
        return of(count, singular, singular + "s");
    }

    public static String of(long count, String singular, String plural) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(count) + " " + (count == 1 ? singular : plural);
    }
}
