package uk.nhs.smartcardportal.cards.custody;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.cards.Smartcard;

/**
 * Card numbers as scanned or pasted (one per line, or separated by spaces, commas or semicolons; repeats once),
 * held against the cards recorded at a place. The General Office intake, receiving printed cards and a stocktake's
 * card count all read what was scanned this way.
 */
final class ScannedSerials {

    /** A stocktake counts a whole location; the store may hold a few thousand cards. */
    static final int AT_A_COUNT = 5000;

    private final Set<String> serials;

    private ScannedSerials(Set<String> serials) {
        this.serials = serials;
    }

    /** What was entered, refused when it holds more than {@code max} numbers. */
    static ScannedSerials read(String entered, int max) {
        Set<String> serials = new LinkedHashSet<>();
        for (String token : (entered == null ? "" : entered).split("[\\s,;]+")) {
            if (!token.isBlank()) {
                serials.add(token.strip());
            }
        }
        if (serials.size() > max) {
            throw new RuleViolationException(
                    "Enter at most " + max + " card numbers at a time: you entered " + serials.size() + ".");
        }
        return new ScannedSerials(serials);
    }

    boolean isEmpty() {
        return serials.isEmpty();
    }

    /**
     * The cards recorded here that were scanned ({@code found}) and not scanned ({@code missing}), and what else was
     * scanned, in the order scanned ({@code notHere}): numbers the caller looks up, or text that is not a card number.
     */
    Reconciliation against(Collection<IntakeCard> recordedHere) {
        Map<String, IntakeCard> expected = new LinkedHashMap<>();
        recordedHere.forEach(card -> expected.put(card.serial(), card));
        List<IntakeCard> found = new ArrayList<>();
        List<String> notHere = new ArrayList<>();
        for (String serial : serials) {
            IntakeCard here = expected.remove(serial);
            if (here != null) {
                found.add(here);
            } else {
                notHere.add(serial);
            }
        }
        return new Reconciliation(found, List.copyOf(expected.values()), notHere);
    }

    record Reconciliation(List<IntakeCard> found, List<IntakeCard> missing, List<String> notHere) {

        static final String NOT_A_CARD_NUMBER = "Not a card number: they are 12 digits.";

        static boolean isCardNumber(String serial) {
            return serial.matches(Smartcard.SERIAL_PATTERN);
        }
    }
}
