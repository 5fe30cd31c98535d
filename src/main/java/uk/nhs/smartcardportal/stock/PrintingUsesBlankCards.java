package uk.nhs.smartcardportal.stock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.CardStatusChanged;

/** Each card printed uses one blank smartcard from the printing location, in the same transaction as the print. */
@Component
class PrintingUsesBlankCards {

    private final StockService stock;

    PrintingUsesBlankCards(StockService stock) {
        this.stock = stock;
    }

    @EventListener
    public void onPrinted(CardStatusChanged change) {
        if (change.to() == CardStatus.PRINTED) {
            stock.useBlankCardForPrinting(change.cardId());
        }
    }
}
