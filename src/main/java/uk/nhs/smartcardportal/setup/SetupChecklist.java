package uk.nhs.smartcardportal.setup;

import java.util.List;

/** Each step of setting the portal up, and whether it is done. */
public record SetupChecklist(List<Item> items) {

    public record Item(SetupStep step, boolean done) {}

    public boolean isComplete() {
        return items.stream().allMatch(Item::done);
    }

    public long left() {
        return items.stream().filter(item -> !item.done()).count();
    }
}
