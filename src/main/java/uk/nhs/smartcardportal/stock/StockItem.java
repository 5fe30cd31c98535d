package uk.nhs.smartcardportal.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import uk.nhs.smartcardportal.base.AbstractEntity;

/** Something the team keeps a count of: blank smartcards, card holders, anything they name. */
@Entity
@Table(name = "stock_item")
public class StockItem extends AbstractEntity {

    public static final String BLANK_SMARTCARD = "BLANK_SMARTCARD";
    public static final int NAME_MAX = 120;
    public static final int UNIT_MAX = 40;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, unique = true, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = UNIT_MAX)
    private String unit;

    protected StockItem() {}

    StockItem(String code, String name, String unit) {
        this.code = code;
        this.name = name;
        this.unit = unit;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }
}
