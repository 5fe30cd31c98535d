package uk.nhs.smartcardportal.cards.custody;

import java.util.LinkedHashSet;
import java.util.Set;

/** Card numbers as scanned or pasted: one per line, or separated by spaces, commas or semicolons; repeats once. */
final class ScannedSerials {

    private ScannedSerials() {}

    static Set<String> parse(String entered) {
        Set<String> serials = new LinkedHashSet<>();
        for (String token : (entered == null ? "" : entered).split("[\\s,;]+")) {
            if (!token.isBlank()) {
                serials.add(token.strip());
            }
        }
        return serials;
    }
}
