package uk.nhs.smartcardportal.setup;

import java.util.List;

/** Each step of setting the portal up, and whether it is done. */
public record SetupChecklist(List<Item> items) {

    public record Item(SetupStep step, boolean done) {}

    /** Every step that is not optional is done. */
    public boolean isComplete() {
        return items.stream().allMatch(item -> item.done() || item.step().optional());
    }

    /** The steps left that are not optional. */
    public long left() {
        return items.stream()
                .filter(item -> !item.done() && !item.step().optional())
                .count();
    }
}
