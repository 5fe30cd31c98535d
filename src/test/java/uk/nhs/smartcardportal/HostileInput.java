package uk.nhs.smartcardportal;

import java.util.LinkedHashMap;
import java.util.Map;

/** Text people (or attackers) may type into any box: each must get a clear answer, never a server error. */
public final class HostileInput {

    /** Name → value, for messages that say which one failed. */
    public static final Map<String, String> TEXT = new LinkedHashMap<>();

    static {
        TEXT.put("script tag", "<script>alert('x')</script>");
        TEXT.put("event handler", "<img src=x onerror=alert(1)>");
        TEXT.put("SQL quote", "' OR '1'='1' --");
        TEXT.put("SQL statement", "x'); DROP TABLE staff; --");
        TEXT.put("LIKE wildcards", "%_%\\");
        TEXT.put("escape character", "!%!_!!");
        TEXT.put("10,000 characters", "a".repeat(10_000));
        TEXT.put("emoji", "🙂🏥🇬🇧");
        TEXT.put("right to left", "\u202Eمرحبا\u202C");
        TEXT.put("combining characters", "e\u0301\u0301\u0301 Zo\u0308e");
        TEXT.put("control characters", "a\u0000b\u0007c\u001Bd");
        TEXT.put("blank", "");
        TEXT.put("whitespace only", " \t\n ");
        TEXT.put("JSON", "{\"$ne\": null}");
        TEXT.put("formula", "=HYPERLINK(\"http://evil\")");
    }

    private HostileInput() {}
}
