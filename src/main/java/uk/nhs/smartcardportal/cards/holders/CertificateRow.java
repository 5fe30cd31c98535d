package uk.nhs.smartcardportal.cards.holders;

import java.time.LocalDate;

/** A collected card and when its certificates expire, for Workforce's list of renewals. */
public record CertificateRow(
        long cardId, String serial, String fullName, String employeeNumber, LocalDate expiresOn, String siteName) {}
