package uk.nhs.smartcardportal.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.smartcardportal.cards.CardStatus.*;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The lifecycle table, checked for every pair of statuses: the allowed moves, and only those. */
class CardStatusTest {

    private static final Map<CardStatus, Set<CardStatus>> EXPECTED = Map.of(
            REQUESTED, EnumSet.of(PRINTED, CANCELLED),
            PRINTED, EnumSet.of(IN_STORE, CANCELLED, DESTROYED, LOST),
            IN_STORE, EnumSet.of(ALLOCATED, CANCELLED, DESTROYED, LOST),
            ALLOCATED, EnumSet.of(IN_STORE, AT_SESSION, CANCELLED, LOST),
            AT_SESSION, EnumSet.of(COLLECTED, NOT_COLLECTED, LOST),
            NOT_COLLECTED, EnumSet.of(ALLOCATED, CANCELLED, DESTROYED, LOST),
            COLLECTED, EnumSet.of(LOST, DESTROYED),
            CANCELLED, EnumSet.of(DESTROYED),
            DESTROYED, EnumSet.noneOf(CardStatus.class),
            LOST, EnumSet.noneOf(CardStatus.class));

    @ParameterizedTest
    @EnumSource(CardStatus.class)
    void everyMoveFromThisStatusIsAllowedExactlyWhenTheTableSaysSo(CardStatus from) {
        for (CardStatus to : CardStatus.values()) {
            assertThat(from.canMoveTo(to))
                    .as("%s -> %s", from, to)
                    .isEqualTo(EXPECTED.get(from).contains(to));
        }
        assertThat(from.next()).isEqualTo(EXPECTED.get(from));
    }

    @ParameterizedTest
    @EnumSource(CardStatus.class)
    void noStatusJumpsStraightToCollectedExceptFromTheSession(CardStatus from) {
        assertThat(from.canMoveTo(COLLECTED)).isEqualTo(from == AT_SESSION);
    }

    @ParameterizedTest
    @EnumSource(
            value = CardStatus.class,
            names = {"CANCELLED", "DESTROYED", "LOST"})
    void finishedCardsAreNeitherAwaitingCollectionNorRevived(CardStatus finished) {
        assertThat(finished.willNeverBeCollected()).isTrue();
        assertThat(finished.isAwaitingCollection()).isFalse();
        assertThat(finished.next()).doesNotContain(REQUESTED, PRINTED, IN_STORE, ALLOCATED, AT_SESSION, COLLECTED);
    }
}
