package uk.nhs.smartcardportal.cards.custody;

import org.jspecify.annotations.Nullable;

/** Cards printed within 30 days, 30 to 60 days ago and 60 to 90 days ago; a sum is null when no card was counted. */
public record PrintedAgeCounts(
        @Nullable Long within30,
        @Nullable Long within60,
        @Nullable Long within90) {

    long[] asBands() {
        return new long[] {orZero(within30), orZero(within60), orZero(within90)};
    }

    private static long orZero(@Nullable Long count) {
        return count == null ? 0 : count;
    }
}
