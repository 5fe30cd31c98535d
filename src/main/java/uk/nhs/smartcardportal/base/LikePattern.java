package uk.nhs.smartcardportal.base;

/**
 * Turns search text into a case-insensitive "contains" pattern for SQL LIKE, so that % and _ typed by a person are
 * matched as themselves. The escape character is '!', not a backslash, which MariaDB would read as a string escape.
 */
public final class LikePattern {

    public static final char ESCAPE = '!';

    private LikePattern() {}

    /** The pattern, or null when the text is blank (meaning: do not filter). */
    public static String containing(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped =
                text.strip().toLowerCase().replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
