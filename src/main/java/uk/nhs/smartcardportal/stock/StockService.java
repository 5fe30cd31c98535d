package uk.nhs.smartcardportal.stock;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.base.InputProblems;
import uk.nhs.smartcardportal.base.InputText;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.security.CurrentUser;
import uk.nhs.smartcardportal.security.PortalUser;
import uk.nhs.smartcardportal.sites.Site;
import uk.nhs.smartcardportal.sites.SiteService;

/**
 * Consumable stock: a ledger of movements per item and location, from which every level is derived. A movement that
 * would take a level below zero is refused; one that takes it below the reorder level raises an alert.
 */
@Service
public class StockService {

    /** The fields of the stock forms, as refusals name them. */
    public static final String ITEM = "item";

    public static final String LOCATION = "location";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String KIND = "kind";
    public static final String QUANTITY = "quantity";
    public static final String NOTE = "note";
    public static final String NAME = "name";
    public static final String UNIT = "unit";
    public static final String REORDER_LEVEL = "reorderLevel";

    public static final int QUANTITY_MAX = 100_000;

    private final StockItemRepository items;
    private final StockHoldingRepository holdings;
    private final StockMovementRepository movements;
    private final HoldingCreator holdingCreator;
    private final SiteService sites;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    StockService(
            StockItemRepository items,
            StockHoldingRepository holdings,
            StockMovementRepository movements,
            HoldingCreator holdingCreator,
            SiteService sites,
            AuditService audit,
            ApplicationEventPublisher events,
            CurrentUser currentUser,
            Clock clock) {
        this.items = items;
        this.holdings = holdings;
        this.movements = movements;
        this.holdingCreator = holdingCreator;
        this.sites = sites;
        this.audit = audit;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(readOnly = true)
    public List<StockLevel> levels() {
        return holdings.levels();
    }

    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(readOnly = true)
    public List<StockItem> items() {
        return items.findAll(org.springframework.data.domain.Sort.by("name"));
    }

    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional
    public long addItem(String name, String unit) {
        InputProblems problems = new InputProblems();
        String itemName = problems.check(NAME, () -> InputText.optional(name, StockItem.NAME_MAX, "The name"));
        String itemUnit = problems.check(UNIT, () -> InputText.optional(unit, StockItem.UNIT_MAX, "The unit"));
        if (itemName == null && !problems.has(NAME)) {
            problems.add(NAME, "Give the item a name.");
        }
        if (itemUnit == null && !problems.has(UNIT)) {
            problems.add(UNIT, "Say what the item is counted in, such as cards or boxes.");
        }
        if (itemName != null && items.existsByNameIgnoreCase(itemName)) {
            problems.add(NAME, "There is already an item called " + itemName + ".");
        }
        problems.throwIfAny();
        StockItem item = items.save(new StockItem(freeCodeFor(itemName), itemName, itemUnit));
        audit.record("STOCK_ITEM_ADDED", "StockItem", item.getId(), null, Map.of("name", itemName, "unit", itemUnit));
        return item.getId();
    }

    /** The name in capitals and underscores, numbered when another item's name gives the same. */
    private String freeCodeFor(String name) {
        String base = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
        base = base.length() > 26 ? base.substring(0, 26) : base;
        String code = base;
        for (int n = 2; items.findByCode(code).isPresent(); n++) {
            code = base + "_" + n;
        }
        return code;
    }

    /**
     * Records received, used, spoiled or adjusted stock. Quantity is positive, except for an adjustment, which
     * carries its sign.
     */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional
    public long record(long itemId, long siteId, MovementKind kind, int quantity, String note) {
        InputProblems problems = new InputProblems();
        requireItem(itemId, problems);
        requireLocation(siteId, LOCATION, problems);
        Integer delta = null;
        if (kind == null
                || kind == MovementKind.TRANSFERRED_IN
                || kind == MovementKind.TRANSFERRED_OUT
                || kind == MovementKind.COUNTED) {
            problems.add(
                    KIND,
                    "Choose received, used, spoiled or adjusted. Transfers move stock between "
                            + "locations; stocktakes record their own differences.");
        } else {
            delta = problems.check(QUANTITY, () -> signed(kind, quantity));
        }
        problems.check(NOTE, () -> InputText.optional(note, StockMovement.NOTE_MAX, "The note"));
        problems.throwIfAny();
        return move(itemId, siteId, kind, delta, note);
    }

    private void requireItem(long itemId, InputProblems problems) {
        if (!items.existsById(itemId)) {
            problems.add(ITEM, "Choose the item.");
        }
    }

    private void requireLocation(long siteId, String field, InputProblems problems) {
        if (sites.find(siteId).filter(Site::isActive).isEmpty()) {
            problems.add(field, "Choose the location.");
        }
    }

    /** Moves stock from one location to another: two ledger lines, in one transaction. */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional
    public void transfer(long itemId, long fromSiteId, long toSiteId, int quantity, String note) {
        InputProblems problems = new InputProblems();
        requireItem(itemId, problems);
        requireLocation(fromSiteId, FROM, problems);
        requireLocation(toSiteId, TO, problems);
        if (fromSiteId == toSiteId && !problems.has(TO)) {
            problems.add(TO, "Choose two different locations.");
        }
        Integer checked = problems.check(QUANTITY, () -> signed(MovementKind.RECEIVED, quantity));
        problems.check(NOTE, () -> InputText.optional(note, StockMovement.NOTE_MAX, "The note"));
        problems.throwIfAny();
        int amount = checked;
        // Lock in a fixed order so two opposite transfers cannot deadlock.
        if (fromSiteId < toSiteId) {
            move(itemId, fromSiteId, MovementKind.TRANSFERRED_OUT, -amount, note);
            move(itemId, toSiteId, MovementKind.TRANSFERRED_IN, amount, note);
        } else {
            holding(itemId, toSiteId);
            move(itemId, fromSiteId, MovementKind.TRANSFERRED_OUT, -amount, note);
            move(itemId, toSiteId, MovementKind.TRANSFERRED_IN, amount, note);
        }
    }

    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional
    public void setReorderLevel(long itemId, long siteId, Integer level) {
        InputProblems problems = new InputProblems();
        requireItem(itemId, problems);
        requireLocation(siteId, LOCATION, problems);
        if (level != null && (level < 0 || level > QUANTITY_MAX)) {
            problems.add(REORDER_LEVEL, "A reorder level is 0 to " + QUANTITY_MAX + ", or empty for none.");
        }
        problems.throwIfAny();
        StockHolding holding = holding(itemId, siteId);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("reorderLevel", holding.getReorderLevel());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("reorderLevel", level);
        holding.setReorderLevel(level);
        audit.record("STOCK_REORDER_LEVEL_SET", "StockHolding", holding.getId(), before, after);
    }

    /**
     * Records a count of consumables at a location: each item counted is compared with its ledger level and any
     * difference is recorded as a stocktake adjustment. Items left out were not counted and are not changed.
     */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional
    public List<CountedDifference> stocktake(long siteId, Map<Long, Integer> counted) {
        if (counted.isEmpty()) {
            throw new RuleViolationException("Enter the count for at least one item.");
        }
        Site site = sites.find(siteId).orElseThrow(() -> new RecordNotFoundException("The location"));
        InputProblems problems = new InputProblems();
        counted.forEach((itemId, value) -> {
            if (value == null || value < 0 || value > QUANTITY_MAX) {
                problems.add(countField(itemId), "A count is 0 to " + QUANTITY_MAX + ".");
            }
        });
        problems.throwIfAny();
        List<CountedDifference> results = new java.util.ArrayList<>();
        for (Map.Entry<Long, Integer> count : counted.entrySet()) {
            StockHolding holding = holding(count.getKey(), siteId);
            long expected = movements.levelOf(holding.getId());
            CountedDifference result =
                    new CountedDifference(count.getKey(), holding.getItem().getName(), expected, count.getValue());
            if (result.difference() != 0) {
                move(
                        count.getKey(),
                        siteId,
                        MovementKind.COUNTED,
                        (int) result.difference(),
                        "Stocktake: counted " + result.counted() + ", the ledger expected " + expected);
            }
            results.add(result);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("location", site.getName());
        results.forEach(result ->
                summary.put(result.itemName(), "expected " + result.expected() + ", counted " + result.counted()));
        audit.record("STOCKTAKE_CONSUMABLES", "Site", siteId, null, summary);
        return results;
    }

    /** The field of an item's count at a stocktake, as refusals name it. */
    public static String countField(long itemId) {
        return "count." + itemId;
    }

    /** Uses one blank smartcard at the printing location. For the print queue, inside its transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void useBlankCardForPrinting(long cardId) {
        StockItem blank = items.findByCode(StockItem.BLANK_SMARTCARD)
                .orElseThrow(() -> new IllegalStateException("The blank smartcard stock item is missing"));
        move(blank.getId(), printingSite().getId(), MovementKind.USED, -1, "Printed card " + cardId);
    }

    /** Where cards are printed, and blank cards are taken from: the Workforce Systems store. */
    public Site printingSite() {
        return sites.store();
    }

    /** Records a signed movement against the item at the location, under the location's lock. */
    @Transactional(propagation = Propagation.MANDATORY)
    long move(long itemId, long siteId, MovementKind kind, int delta, String note) {
        String text = InputText.optional(note, StockMovement.NOTE_MAX, "The note");
        Optional<StockHolding> existing = holdings.lock(itemId, siteId);
        if (existing.isEmpty() && delta < 0) {
            // nothing was ever held there: refused before any holding row is made for it
            StockItem item = items.findById(itemId).orElseThrow(() -> new RecordNotFoundException("The item"));
            Site site = sites.find(siteId).orElseThrow(() -> new RecordNotFoundException("The location"));
            throw new RuleViolationException(tooFew(item, site, 0, delta));
        }
        StockHolding holding = existing.orElseGet(() -> holding(itemId, siteId));
        long before = movements.levelOf(holding.getId());
        long after = before + delta;
        if (after < 0) {
            throw new RuleViolationException(tooFew(holding.getItem(), holding.getSite(), before, delta));
        }
        PortalUser actor = currentUser.get().orElse(null);
        Instant now = clock.instant();
        StockMovement movement = movements.save(new StockMovement(
                holding.getId(),
                kind,
                delta,
                now,
                actor == null ? null : actor.staffId(),
                actor == null ? "System" : actor.displayName(),
                text));
        audit.record(
                "STOCK_" + kind.name(),
                "StockHolding",
                holding.getId(),
                Map.of("level", before),
                Map.of("level", after, "movementId", movement.getId()));
        Integer reorder = holding.getReorderLevel();
        if (reorder != null && before >= reorder && after < reorder) {
            events.publishEvent(new StockBelowReorderLevel(
                    itemId,
                    holding.getItem().getName(),
                    siteId,
                    holding.getSite().getName(),
                    after,
                    reorder,
                    now));
        }
        return movement.getId();
    }

    private static String tooFew(StockItem item, Site site, long level, int delta) {
        String name = item.getName().toLowerCase(Locale.ROOT);
        String unit = item.getUnit().toLowerCase(Locale.ROOT);
        // "card holders" counted in "holders" reads as "3 card holders", not "3 holders of card holders"
        String what = name.contains(unit) ? name : unit + " of " + name;
        return (level == 0 ? "There are no " + what : "Only " + level + " " + what) + " at " + site.getName()
                + ": this would leave " + (level + delta) + ". Record what was received first, or count the stock.";
    }

    private static int signed(MovementKind kind, int quantity) {
        if (kind.sign() == 0) {
            if (quantity == 0 || Math.abs(quantity) > QUANTITY_MAX) {
                throw new RuleViolationException(
                        "An adjustment is a number other than 0, up to " + QUANTITY_MAX + " either way.");
            }
            return quantity;
        }
        if (quantity < 1 || quantity > QUANTITY_MAX) {
            throw new RuleViolationException("The quantity is 1 to " + QUANTITY_MAX + ".");
        }
        return kind.sign() * quantity;
    }

    /** The item's holding at the location, locked until the transaction ends; created on first use. */
    private StockHolding holding(long itemId, long siteId) {
        return holdings.lock(itemId, siteId).orElseGet(() -> {
            holdingCreator.ensure(itemId, siteId);
            return holdings.lock(itemId, siteId).orElseThrow();
        });
    }
}
