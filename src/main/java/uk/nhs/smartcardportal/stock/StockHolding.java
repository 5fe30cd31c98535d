package uk.nhs.smartcardportal.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.nhs.smartcardportal.base.AbstractEntity;
import uk.nhs.smartcardportal.sites.Site;

/** One item at one location: the anchor its movements are recorded against, with its reorder level. */
@Entity
@Table(name = "stock_holding")
class StockHolding extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private StockItem item;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "site_id")
    private Site site;

    @Column(name = "reorder_level")
    private Integer reorderLevel;

    protected StockHolding() {}

    StockHolding(StockItem item, Site site) {
        this.item = item;
        this.site = site;
    }

    StockItem getItem() {
        return item;
    }

    Site getSite() {
        return site;
    }

    Integer getReorderLevel() {
        return reorderLevel;
    }

    void setReorderLevel(Integer reorderLevel) {
        this.reorderLevel = reorderLevel;
    }
}
