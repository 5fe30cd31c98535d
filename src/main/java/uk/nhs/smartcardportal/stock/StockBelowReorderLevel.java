package uk.nhs.smartcardportal.stock;

import java.time.Instant;

/** An item's level at a location fell below its reorder level; the Workforce Systems Team is told. */
public record StockBelowReorderLevel(
        long itemId, String itemName, long siteId, String siteName, long level, int reorderLevel, Instant at) {}
