package uk.nhs.smartcardportal.base.logging;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Keeps e-mail addresses out of the log: a mail server's refusal or a database's duplicate-key message quotes the
 * address it is about, and logs are read by more people, and kept longer, than the records they come from.
 */
public final class NoAddresses {

    static final String MASK = "[e-mail address]";

    private static final Pattern ADDRESS =
            Pattern.compile("[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");

    private NoAddresses() {}

    public static @Nullable String in(@Nullable String text) {
        if (text == null || text.indexOf('@') < 0) {
            return text;
        }
        return ADDRESS.matcher(text).replaceAll(MASK);
    }
}
