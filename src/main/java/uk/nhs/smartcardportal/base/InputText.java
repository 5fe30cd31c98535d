package uk.nhs.smartcardportal.base;

/**
 * Free text typed by a person, checked on the server: trimmed, blank means none, never over its limit, and no control
 * characters ({@link PlainText}).
 */
public final class InputText {

    private InputText() {}

    /** The trimmed text, or null when blank. */
    public static String optional(String text, int max, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        PlainText.require(stripped, what);
        if (stripped.length() > max) {
            throw new RuleViolationException(tooLong(what, max, stripped.length()));
        }
        return stripped;
    }

    /** Says what is too long, by how much: nothing is ever cut to fit. */
    public static String tooLong(String what, int max, int length) {
        return what + " can be at most " + Counted.of(max, "character") + ": this has "
                + java.text.NumberFormat.getIntegerInstance(java.util.Locale.UK).format(length) + ".";
    }
}
