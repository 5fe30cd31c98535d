package uk.nhs.smartcardportal.cards.mine;

/** Where a card will be collected, as the starter needs to know it. */
public record CollectionPlace(Long siteId, String name, String address, String directions) {}
