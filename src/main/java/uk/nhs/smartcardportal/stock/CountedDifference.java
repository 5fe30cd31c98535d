package uk.nhs.smartcardportal.stock;

/** One item counted at a stocktake: what the ledger expected, what was counted, and the adjustment recorded. */
public record CountedDifference(long itemId, String itemName, long expected, long counted) {

    public long difference() {
        return counted - expected;
    }
}
