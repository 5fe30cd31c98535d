package uk.nhs.smartcardportal.base;

/**
 * Free text typed by a person, checked on the server: trimmed, blank means none, never over its limit, and no control
 * characters ({@link PlainText}).
 */
public final class InputText {

    private InputText() {
    }

    /** The trimmed text, or null when blank. */
    public static String optional(String text, int max, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        PlainText.require(stripped, what);
        if (stripped.length() > max) {
            throw new RuleViolationException(what + " can be at most " + max + " characters.");
        }
        return stripped;
    }
}
