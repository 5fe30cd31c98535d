package uk.nhs.smartcardportal.base;

/**
 * A record does not exist, or it belongs to someone else: both look the same to the person asking, so that ids
 * reveal nothing. Services log the second case before throwing.
 */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String what) {
        super(what + " was not found.");
    }
}
