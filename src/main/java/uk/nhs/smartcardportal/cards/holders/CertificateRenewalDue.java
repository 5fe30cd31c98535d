package uk.nhs.smartcardportal.cards.holders;

import java.time.LocalDate;

/** A holder's card certificates expire soon: the reminder {@code daysBefore} (90 or 30) is due, once. */
public record CertificateRenewalDue(long staffId, long cardId, String serial, LocalDate expiresOn, int daysBefore) {}
