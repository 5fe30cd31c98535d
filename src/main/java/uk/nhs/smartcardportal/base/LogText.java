package uk.nhs.smartcardportal.base;

import org.jspecify.annotations.Nullable;

/**
 * Text from outside (a path someone typed) made fit for one log line: control characters and line breaks written as
 * escapes, so nobody can forge a second line, and long text cut with a mark that it was.
 */
public final class LogText {

    public static final int MAX = 200;

    private LogText() {}

    public static String of(@Nullable String text) {
        if (text == null) {
            return "";
        }
        StringBuilder safe = new StringBuilder();
        for (int i = 0; i < text.length() && safe.length() < MAX; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)
                    || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                safe.append(String.format("\\u%04x", (int) c));
            } else {
                safe.append(c);
            }
        }
        return text.length() > safe.length() && safe.length() >= MAX ? safe + "…(cut)" : safe.toString();
    }
}
