package uk.nhs.smartcardportal.cards.custody;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.cards.CardLifecycle;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.Custody;
import uk.nhs.smartcardportal.cards.Smartcard;
import uk.nhs.smartcardportal.cards.SmartcardRepository;
import uk.nhs.smartcardportal.sites.Site;
import uk.nhs.smartcardportal.sites.SiteService;

/**
 * The one-off move of cards still held at the legacy General Office into the Workforce Systems store: serials
 * entered or scanned are reconciled against the cards recorded there, then the found ones are moved together.
 */
@Service
@PreAuthorize(Roles.IS_WORKFORCE)
public class GeneralOfficeIntakeService {

    public static final int SERIALS_MAX = 2000;

    private final SmartcardRepository cards;
    private final CustodyRepository held;
    private final CardLifecycle lifecycle;
    private final SiteService sites;

    GeneralOfficeIntakeService(
            CustodyRepository held, SmartcardRepository cards, CardLifecycle lifecycle, SiteService sites) {
        this.held = held;
        this.cards = cards;
        this.lifecycle = lifecycle;
        this.sites = sites;
    }

    /** Cards recorded at the General Office now. */
    @Transactional(readOnly = true)
    public List<IntakeCard> expected() {
        return generalOffice()
                .map(office ->
                        held.heldAt(office.getId()).stream().map(IntakeCard::of).toList())
                .orElse(List.of());
    }

    /** Found, expected but missing, and unknown serials. Changes nothing. */
    @Transactional(readOnly = true)
    public IntakeReconciliation reconcile(String entered) {
        ScannedSerials.Reconciliation intake =
                ScannedSerials.read(entered, SERIALS_MAX).against(expected());
        List<UnknownSerial> unknown = new ArrayList<>();
        for (String serial : intake.notHere()) {
            if (!ScannedSerials.Reconciliation.isCardNumber(serial)) {
                unknown.add(new UnknownSerial(serial, ScannedSerials.Reconciliation.NOT_A_CARD_NUMBER));
                continue;
            }
            unknown.add(new UnknownSerial(
                    serial,
                    cards.findBySerial(serial)
                            .map(other -> other.getStatus() == CardStatus.PRINTED
                                    ? "Printed and on its way from Recruitment: receive it on Receive printed cards."
                                    : "Recorded elsewhere: "
                                            + other.getStatus().label().toLowerCase())
                            .orElse("Not on record: check the number, or ask Recruitment.")));
        }
        return new IntakeReconciliation(intake.found(), intake.missing(), unknown);
    }

    /** Moves the confirmed cards from the General Office to the store, all or none. Returns how many moved. */
    @Transactional
    public int confirm(List<IntakeCard> found) {
        if (found.isEmpty()) {
            throw new RuleViolationException("No cards were found, so there is nothing to move.");
        }
        Site office = generalOffice()
                .orElseThrow(() -> new RuleViolationException("There is no General Office " + "set up any more."));
        long store = sites.store().getId();
        for (IntakeCard entry : found) {
            Smartcard card = cards.findById(entry.cardId()).orElseThrow();
            if (card.getCustody().siteId() == null
                    || !card.getCustody().siteId().equals(office.getId())) {
                throw new RuleViolationException(
                        "Card " + entry.serial() + " is no longer at the General Office. " + "Reconcile again.");
            }
            if (card.getStatus() == CardStatus.PRINTED) {
                lifecycle.move(
                        card,
                        entry.cardVersion(),
                        CardStatus.IN_STORE,
                        Custody.atSite(store),
                        "Moved from the General Office intake");
            } else {
                lifecycle.moveCustody(
                        card, entry.cardVersion(), Custody.atSite(store), "Moved from the General Office intake");
            }
        }
        return found.size();
    }

    private java.util.Optional<Site> generalOffice() {
        return sites.generalOffice();
    }
}
