package uk.nhs.smartcardportal.cards.printing;

/** Record this card as printed with this number, to be collected at this site. */
public record PrintInstruction(long cardId, long cardVersion, String serial, long collectionSiteId) {}
