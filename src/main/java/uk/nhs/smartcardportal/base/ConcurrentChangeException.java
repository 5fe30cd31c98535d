package uk.nhs.smartcardportal.base;

/** Someone else changed the same record since this person loaded it; nothing was overwritten. */
public class ConcurrentChangeException extends RuleViolationException {

    public ConcurrentChangeException(String thing) {
        super("This " + thing + " was just changed by someone else, so nothing was saved. "
                + "Reload the page to see the latest, then try again.");
    }
}
