package uk.nhs.smartcardportal.base;

/** A request that breaks a business rule; the message is written for the person who asked and shown as it is. */
public class RuleViolationException extends RuntimeException {

    public RuleViolationException(String message) {
        super(message);
    }
}
