package uk.nhs.smartcardportal.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Counts read as English: one card, two cards, never "1 cards". */
class CountedTest {

    @Test
    void oneIsSingularAndEverythingElsePlural() {
        assertThat(Counted.of(0, "card")).isEqualTo("0 cards");
        assertThat(Counted.of(1, "card")).isEqualTo("1 card");
        assertThat(Counted.of(2, "booked card goes", "booked cards go")).isEqualTo("2 booked cards go");
        assertThat(Counted.of(1, "booked card goes", "booked cards go")).isEqualTo("1 booked card goes");
        assertThat(Counted.of(12_500, "card")).isEqualTo("12,500 cards");
    }
}
