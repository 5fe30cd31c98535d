package uk.nhs.smartcardportal.cards.custody;

/** A number entered at the intake that is not a card expected at the General Office, and why. */
public record UnknownSerial(String entered, String reason) {}
