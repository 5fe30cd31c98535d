package uk.nhs.smartcardportal.starters;

/** A starters file was imported: people were added or changed, inside the publishing transaction. */
public record StartersImported(int created, int updated) {}
