package uk.nhs.smartcardportal.notifications;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.base.PortalProperties;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.CardStatusChanged;
import uk.nhs.smartcardportal.cards.LeaverCardsSettled;
import uk.nhs.smartcardportal.cards.holders.CertificateRenewalDue;
import uk.nhs.smartcardportal.cards.holders.RenewalProperties;
import uk.nhs.smartcardportal.cards.requests.CardAskDecided;
import uk.nhs.smartcardportal.collection.CardNotCollected;
import uk.nhs.smartcardportal.sessions.SessionLookup;
import uk.nhs.smartcardportal.sites.Site;
import uk.nhs.smartcardportal.sites.SiteService;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffService;

/**
 * Tells people their card is printed, has reached the store, or was not collected, in the same transaction as the
 * change.
 */
@Component
class CardMessages {

    private final OutboxService outbox;
    private final StaffService staff;
    private final SiteService sites;
    private final SessionLookup sessions;
    private final PortalProperties portal;
    private final RenewalProperties renewal;

    CardMessages(
            OutboxService outbox,
            StaffService staff,
            SiteService sites,
            SessionLookup sessions,
            PortalProperties portal,
            RenewalProperties renewal) {
        this.renewal = renewal;
        this.outbox = outbox;
        this.staff = staff;
        this.sites = sites;
        this.sessions = sessions;
        this.portal = portal;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onCardStatusChanged(CardStatusChanged change) {
        if (change.from() == CardStatus.COLLECTED && change.to() == CardStatus.LOST) {
            Staff holder = staff.find(change.staffId()).orElseThrow();
            MessageTemplates.Rendered message =
                    MessageTemplates.cardLost(holder.getFirstName(), portal.supportTeam(), portal.baseUrl());
            outbox.enqueue(message.to(holder.getId(), "CARD_LOST"));
            return;
        }
        if (change.collectionSiteId() == null) {
            return;
        }
        boolean printed = change.to() == CardStatus.PRINTED;
        boolean received = change.from() == CardStatus.PRINTED && change.to() == CardStatus.IN_STORE;
        if (!printed && !received) {
            return;
        }
        Staff person = staff.find(change.staffId()).orElseThrow();
        Site site = sites.find(change.collectionSiteId()).orElseThrow();
        MessageTemplates.Rendered message = printed
                ? MessageTemplates.cardPrinted(
                        person.getFirstName(),
                        site.getName(),
                        site.getAddress(),
                        portal.startersChooseSession(),
                        portal.baseUrl())
                : MessageTemplates.cardReceived(
                        person.getFirstName(), site.getName(), portal.startersChooseSession(), portal.baseUrl());
        OutgoingMessage email = message.to(person.getId(), printed ? "CARD_PRINTED" : "CARD_RECEIVED");
        outbox.enqueue(
                printed
                        ? email
                        : email.withText(TextTemplates.cardReady(
                                person.getFirstName(),
                                site.getName(),
                                portal.startersChooseSession(),
                                portal.baseUrl())));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onCardAskDecided(CardAskDecided decided) {
        Staff person = staff.find(decided.staffId()).orElseThrow();
        MessageTemplates.Rendered message = MessageTemplates.cardAskDecided(
                person.getFirstName(), decided.confirmed(), decided.managerName(), decided.note(), portal.baseUrl());
        outbox.enqueue(message.to(person.getId(), decided.confirmed() ? "CARD_ASK_CONFIRMED" : "CARD_ASK_DECLINED"));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onCertificateRenewalDue(CertificateRenewalDue due) {
        Staff holder = staff.find(due.staffId()).orElseThrow();
        MessageTemplates.Rendered message = MessageTemplates.certificateRenewal(
                holder.getFirstName(), due.expiresOn(), due.daysBefore(), renewal.how(), portal.baseUrl());
        outbox.enqueue(message.to(holder.getId(), "CERTIFICATE_RENEWAL_" + due.daysBefore()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onLeaverCardsSettled(LeaverCardsSettled settled) {
        Staff person = staff.find(settled.staffId()).orElseThrow();
        MessageTemplates.Rendered message = MessageTemplates.leaverCardsSettled(
                person.getFirstName(),
                settled.cancelled() > 0,
                settled.collectedCard(),
                portal.supportTeam(),
                portal.supportEmail());
        outbox.enqueue(message.to(person.getId(), "LEAVER_CARDS"));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onNotCollected(CardNotCollected notCollected) {
        Staff person = staff.find(notCollected.staffId()).orElseThrow();
        String next = notCollected.nextSessionId() == null
                ? null
                : sessions.summaryForSystem(notCollected.nextSessionId())
                        .map(BookingMessages::whenAndWhere)
                        .orElse(null);
        MessageTemplates.Rendered message =
                MessageTemplates.notCollected(person.getFirstName(), next, portal.baseUrl());
        outbox.enqueue(message.to(person.getId(), "CARD_NOT_COLLECTED"));
    }
}
