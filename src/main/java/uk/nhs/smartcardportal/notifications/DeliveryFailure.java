package uk.nhs.smartcardportal.notifications;

/** A message not delivered; {@code permanent} when trying again would fail the same way. */
class DeliveryFailure extends Exception {

    private final boolean permanent;

    DeliveryFailure(String message, boolean permanent) {
        super(message);
        this.permanent = permanent;
    }

    boolean isPermanent() {
        return permanent;
    }
}
