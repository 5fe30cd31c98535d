package uk.nhs.smartcardportal.stock;

/** How much of an item a location holds, derived from its ledger, and the level at which to reorder. */
public record StockLevel(
        Long itemId, String itemName, String unit, Long siteId, String siteName, long level, Integer reorderLevel) {

    public boolean belowReorderLevel() {
        return reorderLevel != null && level < reorderLevel;
    }
}
