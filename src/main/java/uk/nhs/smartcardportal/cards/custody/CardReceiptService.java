package uk.nhs.smartcardportal.cards.custody;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.cards.CardLifecycle;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.Custody;
import uk.nhs.smartcardportal.cards.CustodyKind;
import uk.nhs.smartcardportal.cards.Smartcard;
import uk.nhs.smartcardportal.cards.SmartcardRepository;
import uk.nhs.smartcardportal.sites.SiteService;

/**
 * The Workforce Systems Team receives the cards Recruitment printed and sent over: scanned card numbers are checked
 * against the printed cards on their way, then the expected ones move into the store together (PRINTED → IN_STORE),
 * after which they can be booked onto sessions and their holders are told.
 */
@Service
@PreAuthorize(Roles.IS_WORKFORCE)
public class CardReceiptService {

    public static final int SERIALS_MAX = 500;

    private final SmartcardRepository cards;
    private final CustodyRepository held;
    private final CardLifecycle lifecycle;
    private final SiteService sites;
    private final AuditService audit;

    CardReceiptService(
            CustodyRepository held,
            SmartcardRepository cards,
            CardLifecycle lifecycle,
            SiteService sites,
            AuditService audit) {
        this.held = held;
        this.cards = cards;
        this.lifecycle = lifecycle;
        this.sites = sites;
        this.audit = audit;
    }

    /** Printed cards on their way from Recruitment, oldest printed first. */
    @Transactional(readOnly = true)
    public List<CustodyRow> onTheirWay(Pageable pageable) {
        return held.printedNotReceived(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
    }

    @Transactional(readOnly = true)
    public long countOnTheirWay() {
        return held.countByStatusAndCustodyKind(CardStatus.PRINTED, CustodyKind.RECRUITMENT);
    }

    /** Sorts the card numbers entered. Changes nothing. */
    @Transactional(readOnly = true)
    public CardReceipt check(String entered) {
        ScannedSerials scanned = ScannedSerials.read(entered, SERIALS_MAX);
        if (scanned.isEmpty()) {
            throw new RuleViolationException("Scan or type at least one card number.");
        }
        // every printed card is expected, wherever its custody says it is
        ScannedSerials.Reconciliation receipt = scanned.against(List.of());
        List<IntakeCard> expected = new ArrayList<>();
        List<String> notPrinted = new ArrayList<>();
        List<UnknownSerial> notExpected = new ArrayList<>();
        List<String> notCardNumbers = new ArrayList<>();
        for (String serial : receipt.notHere()) {
            if (!ScannedSerials.Reconciliation.isCardNumber(serial)) {
                notCardNumbers.add(serial);
                continue;
            }
            cards.findBySerial(serial)
                    .ifPresentOrElse(
                            card -> {
                                if (card.getStatus() == CardStatus.PRINTED) {
                                    expected.add(IntakeCard.of(card));
                                } else {
                                    notExpected.add(new UnknownSerial(
                                            serial, card.getStaff().getFullName() + ": " + whyNotExpected(card)));
                                }
                            },
                            () -> notPrinted.add(serial));
        }
        long scannedOnTheirWay =
                expected.stream().filter(card -> card.fromRecruitment()).count();
        return new CardReceipt(
                expected, notPrinted, notExpected, notCardNumbers, countOnTheirWay() - scannedOnTheirWay);
    }

    /** Receives the expected cards into the store, all or none. Returns how many were received. */
    @Transactional
    public int receive(List<IntakeCard> expected) {
        if (expected.isEmpty()) {
            throw new RuleViolationException(
                    "None of the numbers entered is a card on its way, so there is nothing " + "to receive.");
        }
        for (IntakeCard entry : expected) {
            receive(
                    cards.findById(entry.cardId()).orElseThrow(() -> new RecordNotFoundException("The card")),
                    entry.cardVersion());
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("received", expected.size());
        summary.put("cards", expected.stream().map(IntakeCard::serial).toList());
        audit.record("CARDS_RECEIVED", "Site", sites.store().getId(), null, summary);
        return expected.size();
    }

    /** Receives one card into the store, as from "Where is a card?". */
    @Transactional
    public void receiveOne(long cardId, long expectedVersion) {
        receive(cards.findById(cardId).orElseThrow(() -> new RecordNotFoundException("The card")), expectedVersion);
    }

    private void receive(Smartcard card, long expectedVersion) {
        if (card.getStatus() != CardStatus.PRINTED) {
            throw new RuleViolationException("Card " + card.getSerial() + " is not waiting to be received: it is "
                    + card.getStatus().label().toLowerCase() + ".");
        }
        lifecycle.move(
                card,
                expectedVersion,
                CardStatus.IN_STORE,
                Custody.atSite(sites.store().getId()),
                "Received into the Workforce Systems store");
    }

    private static String whyNotExpected(Smartcard card) {
        return switch (card.getStatus()) {
            case IN_STORE, ALLOCATED, NOT_COLLECTED ->
                "already received; " + card.getStatus().label().toLowerCase() + ".";
            case AT_SESSION -> "already received; now at a collection session.";
            case COLLECTED -> "already collected by its holder.";
            case CANCELLED -> "cancelled: do not store it; destroy it from Cards in custody.";
            case DESTROYED, LOST -> "recorded as " + card.getStatus().label().toLowerCase() + ". Check the number.";
            case REQUESTED, PRINTED -> card.getStatus().label().toLowerCase() + ".";
        };
    }
}
