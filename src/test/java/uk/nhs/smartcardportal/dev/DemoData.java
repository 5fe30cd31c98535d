package uk.nhs.smartcardportal.dev;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.smartcardportal.base.SetupMilestones;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.cards.CardBookingService;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.RequestOrigin;
import uk.nhs.smartcardportal.cards.RequestReason;
import uk.nhs.smartcardportal.cards.custody.CardReceiptService;
import uk.nhs.smartcardportal.cards.printing.PrintQueueService;
import uk.nhs.smartcardportal.cards.requests.CardRequestService;
import uk.nhs.smartcardportal.security.Role;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.sessions.CollectionSession;
import uk.nhs.smartcardportal.sessions.CollectionSessionRepository;
import uk.nhs.smartcardportal.setup.SetupService;
import uk.nhs.smartcardportal.sites.Site;
import uk.nhs.smartcardportal.sites.SiteKind;
import uk.nhs.smartcardportal.sites.SiteRepository;
import uk.nhs.smartcardportal.staff.SmartcardNeed;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffRepository;
import uk.nhs.smartcardportal.stock.MovementKind;
import uk.nhs.smartcardportal.stock.StockItem;
import uk.nhs.smartcardportal.stock.StockService;

/** Loads the demo trust into an empty database on the local run and in tests. Never part of the production jar. */
@Component
@Profile("dev")
@Order(0)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final SiteRepository sites;
    private final StaffRepository staff;
    private final CollectionSessionRepository sessions;
    private final CardRequestService cardRequests;
    private final CardBookingService cardBookings;
    private final PrintQueueService printing;
    private final CardReceiptService cardReceipt;
    private final TransactionTemplate transaction;
    private final StockService stock;
    private final CardFixtures cardFixtures;
    private final Clock clock;
    private final SetupMilestones milestones;

    DemoData(
            SiteRepository sites,
            StaffRepository staff,
            CollectionSessionRepository sessions,
            CardRequestService cardRequests,
            CardBookingService cardBookings,
            PrintQueueService printing,
            CardReceiptService cardReceipt,
            TransactionTemplate transaction,
            StockService stock,
            CardFixtures cardFixtures,
            Clock clock,
            SetupMilestones milestones) {
        this.cardReceipt = cardReceipt;
        this.stock = stock;
        this.cardFixtures = cardFixtures;
        this.sites = sites;
        this.staff = staff;
        this.sessions = sessions;
        this.cardRequests = cardRequests;
        this.cardBookings = cardBookings;
        this.printing = printing;
        this.transaction = transaction;
        this.clock = clock;
        this.milestones = milestones;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (sites.count() > 0) {
            return;
        }
        Map<String, Site> siteByName = transaction.execute(status -> {
            Map<String, Site> loaded = loadSites();
            loadStaff(loaded);
            loadSessions(loaded);
            // the demo portal is set up: its people see their pages, not "not ready yet"
            milestones.reach(SetupService.CONTACT_AND_FAQ_CHECKED, null);
            milestones.reach(SetupService.READY, null);
            return loaded;
        });
        loadCards(siteByName);
        log.info("Demo data loaded: {} sites, {} staff, {} sessions", sites.count(), staff.count(), sessions.count());
    }

    private Map<String, Site> loadSites() {
        Map<String, Site> byName = new HashMap<>();
        for (Site site : new Site[] {
            new Site(
                    DemoUsers.STORE,
                    SiteKind.STORE,
                    "Williamson House, Thomas Drive, Wavertree, Liverpool L14 3LE",
                    "Ground floor, Workforce Systems office. Visitor parking at the front of the building."),
            new Site(
                    DemoUsers.GENERAL_OFFICE,
                    SiteKind.GENERAL_OFFICE,
                    "Main entrance, Royal Liverpool " + "University Hospital, Prescot Street, Liverpool L7 8XP",
                    "Closed to collections since the "
                            + "new process began; cards held here move into Workforce Systems custody."),
            new Site(
                    DemoUsers.AINTREE,
                    SiteKind.HOSPITAL,
                    "Longmoor Lane, Liverpool L9 7AL",
                    "Education Centre, first floor. Follow signs for the Clinical Sciences Centre."),
            new Site(
                    DemoUsers.ROYAL,
                    SiteKind.HOSPITAL,
                    "Prescot Street, Liverpool L7 8XP",
                    "Learning Hub, level 2, next to the main restaurant."),
            new Site(
                    DemoUsers.BROADGREEN,
                    SiteKind.HOSPITAL,
                    "Thomas Drive, Liverpool L14 3LB",
                    "Training room 3, Centre for Excellence building, ground floor."),
            new Site(
                    DemoUsers.DENTAL,
                    SiteKind.HOSPITAL,
                    "Pembroke Place, Liverpool L3 5PS",
                    "Seminar room on the ground floor, past reception on the left.")
        }) {
            byName.put(site.getName(), sites.save(site));
        }
        return byName;
    }

    private static final Map<String, String> ROOMS = Map.of(
            DemoUsers.AINTREE, "Education Centre, Room 2",
            DemoUsers.ROYAL, "Learning Hub, Seminar Room B",
            DemoUsers.BROADGREEN, "Training Room 3",
            DemoUsers.DENTAL, "Ground Floor Seminar Room");

    /** Tuesday mornings and Thursday afternoons at every hospital site for the next six weeks. */
    private void loadSessions(Map<String, Site> siteByName) {
        LocalDate today = LocalDate.now(clock);
        ROOMS.forEach((siteName, room) -> {
            Site site = siteByName.get(siteName);
            for (int day = 1; day <= 42; day++) {
                LocalDate date = today.plusDays(day);
                if (date.getDayOfWeek() == DayOfWeek.TUESDAY) {
                    sessions.save(session(site, room, date, LocalTime.of(10, 0), LocalTime.of(12, 0), 12));
                } else if (date.getDayOfWeek() == DayOfWeek.THURSDAY) {
                    sessions.save(session(site, room, date, LocalTime.of(14, 0), LocalTime.of(15, 30), 8));
                }
            }
        });
    }

    private static CollectionSession session(
            Site site, String room, LocalDate date, LocalTime start, LocalTime end, int capacity) {
        CollectionSession session = new CollectionSession(
                site,
                room,
                date.atTime(start).atZone(UkTime.ZONE).toInstant(),
                date.atTime(end).atZone(UkTime.ZONE).toInstant(),
                capacity);
        session.setFacilitators("Workforce Systems Team");
        return session;
    }

    /** Cards at each stage, moved through the real services as the Workforce Systems Team. */
    private void loadCards(Map<String, Site> siteByName) {
        SignIn.as(
                staff.findByEmployeeNumber(DemoUsers.ADMIN.employeeNumber())
                        .orElseThrow()
                        .getId(),
                DemoUsers.ADMIN.fullName(),
                EnumSet.of(Role.STAFF, Role.WORKFORCE));
        try {
            stock.record(
                    stock.items().stream()
                            .filter(item -> item.getCode().equals(StockItem.BLANK_SMARTCARD))
                            .findFirst()
                            .orElseThrow()
                            .getId(),
                    siteByName.get(DemoUsers.STORE).getId(),
                    MovementKind.RECEIVED,
                    5000,
                    "Opening stock (demo)");
            long aintree = siteByName.get(DemoUsers.AINTREE).getId();
            long amira = requested(DemoUsers.STARTER.employeeNumber(), RequestReason.CLINICAL_SYSTEMS);
            printing.recordPrinted(amira, 0, "100000000001", aintree);
            cardReceipt.receiveOne(amira, 1);
            long firstAintreeSession = sessions.findAll().stream()
                    .filter(session -> session.getSite().getId() == aintree)
                    .min(Comparator.comparing(CollectionSession::getStartsAt))
                    .orElseThrow()
                    .getId();
            cardBookings.allocate(amira, 2, firstAintreeSession);

            long jack = requested("E100010", RequestReason.CLINICAL_SYSTEMS);
            printing.recordPrinted(jack, 0, "100000000002", aintree);
            cardReceipt.receiveOne(jack, 1);
            long zofia = requested("E100016", RequestReason.CLINICAL_SYSTEMS);
            printing.recordPrinted(zofia, 0, "100000000003", aintree);
            long kwame = requested("E100017", RequestReason.CLINICAL_SYSTEMS);
            printing.recordPrinted(kwame, 0, "100000000004", aintree);
            cardReceipt.receiveOne(kwame, 1);
            legacyCardAtGeneralOffice(
                    "E100011", "100000000011", siteByName.get(DemoUsers.ROYAL).getId());
            legacyCardAtGeneralOffice(
                    "E100013", "100000000013", siteByName.get(DemoUsers.DENTAL).getId());
            legacyCardAtGeneralOffice(
                    "E100024", "100000000024", siteByName.get(DemoUsers.ROYAL).getId());
            requested("E100008", RequestReason.CLINICAL_SYSTEMS);
            requested("E100021", RequestReason.CLINICAL_SYSTEMS);
            requested("E100028", RequestReason.ESR_SUPERVISOR);
        } finally {
            SignIn.out();
        }
        transaction.executeWithoutResult(status -> {
            for (String notNeeded : new String[] {DemoUsers.NO_CARD_STARTER.employeeNumber(), "E100026", "E100018"}) {
                staff.findByEmployeeNumber(notNeeded).orElseThrow().setSmartcardNeed(SmartcardNeed.NOT_NEEDED);
            }
        });
    }

    /** A card printed before the portal and still held at the General Office, for the intake. */
    private void legacyCardAtGeneralOffice(String employeeNumber, String serial, long collectionSiteId) {
        long cardId = requested(employeeNumber, RequestReason.CLINICAL_SYSTEMS);
        printing.recordPrinted(cardId, 0, serial, collectionSiteId);
        cardFixtures.moveToGeneralOffice(cardId);
    }

    private long requested(String employeeNumber, RequestReason reason) {
        long staffId = staff.findByEmployeeNumber(employeeNumber).orElseThrow().getId();
        return cardRequests.requestCard(staffId, reason, null, RequestOrigin.AT_RECRUITMENT);
    }

    private void loadStaff(Map<String, Site> siteByName) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Staff> byName = new HashMap<>();
        for (DemoUser user : DemoUsers.ALL) {
            Staff person = new Staff(user.employeeNumber(), user.firstName(), user.lastName(), user.email());
            person.setJobTitle(user.jobTitle());
            person.setStaffGroup(user.staffGroup());
            person.setDepartment(user.department());
            person.setStartDate(today.plusDays(user.startInDays()));
            person.setBaseSite(siteByName.get(user.baseSite()));
            byName.put(user.fullName(), staff.save(person));
        }
        for (DemoUser user : DemoUsers.ALL) {
            if (user.manager() != null) {
                byName.get(user.fullName()).setLineManager(byName.get(user.manager()));
            }
        }
    }
}
