package uk.nhs.smartcardportal.stock;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.sites.Site;
import uk.nhs.smartcardportal.sites.SiteService;

/**
 * Creates an item's holding at a location the first time it is used, in a transaction of its own, so that two people
 * doing so at once cannot spoil the movement that needed it: the second simply finds the first one's row.
 */
@Component
class HoldingCreator {

    private final StockItemRepository items;
    private final StockHoldingRepository holdings;
    private final SiteService sites;

    HoldingCreator(StockItemRepository items, StockHoldingRepository holdings, SiteService sites) {
        this.items = items;
        this.holdings = holdings;
        this.sites = sites;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void ensure(long itemId, long siteId) {
        if (holdings.existsByItemIdAndSiteId(itemId, siteId)) {
            return;
        }
        StockItem item = items.findById(itemId).orElseThrow(() -> new RecordNotFoundException("The item"));
        Site site = sites.find(siteId)
                .filter(Site::isActive)
                .orElseThrow(() -> new RecordNotFoundException("The location"));
        try {
            holdings.saveAndFlush(new StockHolding(item, site));
        } catch (DataIntegrityViolationException createdMeanwhile) {
            // Another transaction created it first; that row is the one to use.
        }
    }
}
