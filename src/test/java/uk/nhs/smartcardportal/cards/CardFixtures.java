package uk.nhs.smartcardportal.cards;

import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.smartcardportal.cards.custody.CardReceiptService;
import uk.nhs.smartcardportal.cards.printing.PrintQueueService;
import uk.nhs.smartcardportal.cards.requests.CardRequestService;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.security.Role;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.sessions.CollectionSession;
import uk.nhs.smartcardportal.sessions.CollectionSessionRepository;
import uk.nhs.smartcardportal.sites.SiteRepository;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffRepository;

/** Test helper: fresh starters with cards at a chosen stage, made through the real services. */
@Component
public class CardFixtures {

    private static final AtomicInteger NEXT = new AtomicInteger(1);

    private final StaffRepository staff;
    private final SiteRepository sites;
    private final CollectionSessionRepository sessions;
    private final SmartcardRepository cards;
    private final CardRequestService requests;
    private final CardBookingService bookings;
    private final PrintQueueService printing;
    private final CardReceiptService receipt;
    private final TransactionTemplate transaction;
    private final CardLifecycle lifecycle;

    CardFixtures(
            StaffRepository staff,
            SiteRepository sites,
            CollectionSessionRepository sessions,
            SmartcardRepository cards,
            CardRequestService requests,
            CardBookingService bookings,
            PrintQueueService printing,
            CardReceiptService receipt,
            TransactionTemplate transaction,
            CardLifecycle lifecycle) {
        this.receipt = receipt;
        this.lifecycle = lifecycle;
        this.staff = staff;
        this.sites = sites;
        this.sessions = sessions;
        this.cards = cards;
        this.requests = requests;
        this.bookings = bookings;
        this.printing = printing;
        this.transaction = transaction;
    }

    public record Starter(long staffId, String name, String email, long cardId) {}

    public long siteId(String name) {
        return sites.findByName(name).orElseThrow().getId();
    }

    /** A new person on the staff list, with no card. */
    public Staff newPerson(String firstName, String lastName) {
        int n = NEXT.getAndIncrement();
        String email = (firstName + "." + lastName + "." + n + "@test.nhs.example")
                .toLowerCase()
                .replaceAll("[^a-z0-9.@]", "");
        return transaction.execute(status -> {
            Staff person = new Staff(
                    "T" + String.format("%06d", n) + "-"
                            + ProcessHandle.current().pid() % 1000,
                    firstName,
                    lastName,
                    email);
            person.setBaseSite(sites.findByName(DemoUsers.AINTREE).orElseThrow());
            return staff.save(person);
        });
    }

    /** A new person in the demo manager's team, starting in two weeks, with no card and no decision yet. */
    public Staff newTeamMember(String firstName, String lastName) {
        Staff person = newPerson(firstName, lastName);
        return transaction.execute(status -> {
            Staff fresh = staff.findById(person.getId()).orElseThrow();
            fresh.setLineManager(staff.findByEmployeeNumber(DemoUsers.MANAGER.employeeNumber())
                    .orElseThrow());
            fresh.setStartDate(java.time.LocalDate.now().plusWeeks(2));
            fresh.setJobTitle("Healthcare Assistant");
            return staff.save(fresh);
        });
    }

    /** A new member of the demo manager's team whose card has been asked for and waits to be printed. */
    public Starter cardRequested(String firstName, String lastName) {
        Staff person = newTeamMember(firstName, lastName);
        return asAdmin(() -> new Starter(
                person.getId(),
                person.getFullName(),
                person.getWorkEmail(),
                requests.requestCard(person.getId(), RequestReason.CLINICAL_SYSTEMS, null, RequestOrigin.LATER)));
    }

    /** A starter whose card is printed for the site, still with Recruitment on its way to the store. */
    public Starter cardPrinted(String firstName, String lastName, String siteName) {
        Staff person = newPerson(firstName, lastName);
        return asAdmin(() -> {
            long cardId = requests.requestCard(
                    person.getId(), RequestReason.CLINICAL_SYSTEMS, null, RequestOrigin.AT_RECRUITMENT);
            printing.recordPrinted(cardId, version(cardId), uniqueSerial(), siteId(siteName));
            return new Starter(person.getId(), person.getFullName(), person.getWorkEmail(), cardId);
        });
    }

    /** A starter whose card is printed for the site and received into the store. */
    public Starter cardInStore(String firstName, String lastName, String siteName) {
        Starter starter = cardPrinted(firstName, lastName, siteName);
        asAdmin(() -> {
            receipt.receiveOne(starter.cardId(), version(starter.cardId()));
            return null;
        });
        return starter;
    }

    /** A printed card still held at the legacy General Office, as before the portal. */
    public Starter cardAtGeneralOffice(String firstName, String lastName) {
        Staff person = newPerson(firstName, lastName);
        return asAdmin(() -> {
            long cardId = requests.requestCard(
                    person.getId(), RequestReason.CLINICAL_SYSTEMS, null, RequestOrigin.AT_RECRUITMENT);
            printing.recordPrinted(cardId, version(cardId), uniqueSerial(), siteId(DemoUsers.ROYAL));
            moveToGeneralOffice(cardId);
            return new Starter(person.getId(), person.getFullName(), person.getWorkEmail(), cardId);
        });
    }

    /** Puts a printed card at the legacy General Office, where cards were kept before the portal. */
    public void moveToGeneralOffice(long cardId) {
        transaction.executeWithoutResult(status -> {
            Smartcard card = cards.findById(cardId).orElseThrow();
            lifecycle.moveCustody(
                    card,
                    card.getVersion(),
                    Custody.atSite(siteId(DemoUsers.GENERAL_OFFICE)),
                    "Held at the General Office before the portal");
        });
    }

    /** Ends a card's story (collected, cancelled, destroyed or lost), with a note naming why. */
    public void finish(long cardId, CardStatus status, String note) {
        asAdmin(() -> transaction.execute(state -> {
            Smartcard card = cards.findById(cardId).orElseThrow();
            lifecycle.move(card, card.getVersion(), status, card.getCustody(), note);
            return null;
        }));
    }

    /** As {@link #cardInStore}, then booked onto the first session at the site that has room. */
    public Starter cardAllocated(String firstName, String lastName, String siteName) {
        Starter starter = cardInStore(firstName, lastName, siteName);
        asAdmin(() -> {
            bookings.allocate(
                    starter.cardId(),
                    version(starter.cardId()),
                    firstSessionAt(siteName).getId());
            return null;
        });
        return starter;
    }

    /** The first session ahead at the site with a place left: the suite books many cards onto the demo sessions. */
    public CollectionSession firstSessionAt(String siteName) {
        long siteId = siteId(siteName);
        return sessions.findAll().stream()
                .filter(session -> session.getSite().getId() == siteId)
                .filter(session -> session.getStartsAt().isAfter(java.time.Instant.now()))
                .filter(session -> cards.countBookedOnto(session.getId()) < session.getCapacity())
                .min(java.util.Comparator.comparing(CollectionSession::getStartsAt))
                .orElseThrow();
    }

    public Smartcard card(long cardId) {
        return transaction.execute(status -> {
            Smartcard card = cards.findById(cardId).orElseThrow();
            if (card.getCollectionSite() != null) {
                card.getCollectionSite().getName();
            }
            if (card.getSession() != null) {
                card.getSession().getRoom();
            }
            return card;
        });
    }

    public long version(long cardId) {
        return cards.findById(cardId).orElseThrow().getVersion();
    }

    public String uniqueSerial() {
        return String.format("9%011d", System.nanoTime() % 100_000_000_000L);
    }

    public <T> T asAdmin(java.util.function.Supplier<T> work) {
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        SignIn.as(
                staff.findByEmployeeNumber(DemoUsers.ADMIN.employeeNumber())
                        .orElseThrow()
                        .getId(),
                DemoUsers.ADMIN.fullName(),
                EnumSet.of(Role.STAFF, Role.WORKFORCE));
        try {
            return work.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .setAuthentication(previous);
        }
    }
}
