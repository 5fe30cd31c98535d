package uk.nhs.smartcardportal.cards.requests;

import org.jspecify.annotations.Nullable;

/** A manager confirmed or declined a person's ask for a card; the person is told. */
public record CardAskDecided(
        long askId,
        long staffId,
        boolean confirmed,
        String managerName,
        @Nullable String note) {}
