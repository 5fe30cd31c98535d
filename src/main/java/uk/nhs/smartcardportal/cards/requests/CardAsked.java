package uk.nhs.smartcardportal.cards.requests;

/** A person asked for a card after their role changed; their manager is asked to confirm it. */
public record CardAsked(long askId, long staffId, long managerStaffId) {}
