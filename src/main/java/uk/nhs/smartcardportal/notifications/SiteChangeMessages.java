package uk.nhs.smartcardportal.notifications;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.base.PortalProperties;
import uk.nhs.smartcardportal.cards.sitechange.SiteChangeDecided;
import uk.nhs.smartcardportal.cards.sitechange.SiteChangeRequested;
import uk.nhs.smartcardportal.cards.sitechange.SiteChangeStatus;
import uk.nhs.smartcardportal.sites.SiteService;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffService;

/** Confirms a starter's site change request and tells them the decision, each with the change itself. */
@Component
class SiteChangeMessages {

    private final OutboxService outbox;
    private final StaffService staff;
    private final SiteService sites;
    private final PortalProperties portal;

    SiteChangeMessages(OutboxService outbox, StaffService staff, SiteService sites, PortalProperties portal) {
        this.outbox = outbox;
        this.staff = staff;
        this.sites = sites;
        this.portal = portal;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onRequested(SiteChangeRequested requested) {
        Staff person = staff.find(requested.staffId()).orElseThrow();
        MessageTemplates.Rendered message = MessageTemplates.siteChangeRequested(
                person.getFirstName(),
                siteName(requested.fromSiteId()),
                siteName(requested.toSiteId()),
                portal.baseUrl());
        outbox.enqueue(message.to(person.getId(), "SITE_CHANGE_REQUESTED"));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onDecided(SiteChangeDecided decided) {
        if (decided.outcome() != SiteChangeStatus.APPROVED && decided.outcome() != SiteChangeStatus.DECLINED) {
            return;
        }
        Staff person = staff.find(decided.staffId()).orElseThrow();
        MessageTemplates.Rendered message = MessageTemplates.siteChangeDecided(
                person.getFirstName(),
                decided.outcome() == SiteChangeStatus.APPROVED,
                siteName(decided.fromSiteId()),
                siteName(decided.toSiteId()),
                portal.baseUrl());
        outbox.enqueue(message.to(person.getId(), "SITE_CHANGE_DECIDED"));
    }

    private String siteName(long siteId) {
        return sites.find(siteId).orElseThrow().getName();
    }
}
