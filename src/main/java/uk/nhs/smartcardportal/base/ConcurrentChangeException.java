package uk.nhs.smartcardportal.base;

/** The record changed since this person loaded it (in another tab, or by a colleague); nothing was overwritten. */
public class ConcurrentChangeException extends RuleViolationException {

    public ConcurrentChangeException(String thing) {
        super("This " + thing + " has changed since you opened it, in another tab or window or by a colleague, so "
                + "nothing was saved. Reload the page to see the latest, then try again.");
    }

    private ConcurrentChangeException(String thing, boolean byThisPerson) {
        super(
                byThisPerson
                        ? "You changed this " + thing + " a moment ago in another tab or window, so nothing was "
                                + "saved here. Reload the page to see it as it is now."
                        : "A colleague changed this " + thing
                                + " a moment ago, so nothing was saved. Reload the page to see the latest, then try again.");
    }

    /** When the portal knows who made the change that got there first. */
    public static ConcurrentChangeException changedBy(String thing, boolean byThisPerson) {
        return new ConcurrentChangeException(thing, byThisPerson);
    }
}
