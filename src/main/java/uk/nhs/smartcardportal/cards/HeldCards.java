package uk.nhs.smartcardportal.cards;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The cards an import of card holders meets: by number, and who has a card already. For services that check. */
@Component
public class HeldCards {

    private final SmartcardRepository cards;

    HeldCards(SmartcardRepository cards) {
        this.cards = cards;
    }

    /** The cards with these numbers, with their holders. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Smartcard> bySerial(Collection<String> serials) {
        Map<String, Smartcard> found = new HashMap<>();
        List<String> all = List.copyOf(serials);
        for (int from = 0; from < all.size(); from += 1000) {
            cards.findBySerialIn(all.subList(from, Math.min(all.size(), from + 1000)))
                    .forEach(card -> found.put(card.getSerial(), card));
        }
        return found;
    }

    /** Of the people given, those with a card that has not been cancelled, destroyed or lost. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Set<Long> staffWithActiveCard(Collection<Long> staffIds) {
        Set<Long> found = new HashSet<>();
        List<Long> all = List.copyOf(staffIds);
        for (int from = 0; from < all.size(); from += 1000) {
            found.addAll(cards.staffWithCardOtherThan(
                    all.subList(from, Math.min(all.size(), from + 1000)), CardStatus.NEVER_COLLECTED));
        }
        return found;
    }
}
