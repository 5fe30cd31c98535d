package uk.nhs.smartcardportal.base;

/**
 * Text the portal keeps may hold any letters, marks, emoji and right-to-left writing, and line breaks and tabs, but
 * no invisible control characters and no bidirectional overrides, which can make stored text read differently from
 * what it holds.
 */
public final class PlainText {

    public static final String PROBLEM = "contains invisible control characters. Type it again without them.";

    private PlainText() {}

    public static boolean isClean(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (Character.getType(c) == Character.CONTROL
                    || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069')) {
                return false;
            }
        }
        return true;
    }

    /** Refuses text with control characters, naming what was typed. */
    public static void require(String text, String what) {
        if (!isClean(text)) {
            throw new RuleViolationException(what + " " + PROBLEM);
        }
    }
}
