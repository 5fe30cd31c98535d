package uk.nhs.smartcardportal.starters;

/** A file of people (starters or the staff list) was imported: people were added or changed, inside the publishing transaction. */
public record StartersImported(int created, int updated) {}
