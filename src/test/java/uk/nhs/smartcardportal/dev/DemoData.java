package uk.nhs.smartcardportal.dev;

import java.time.Clock;
import java.time.LocalDate;
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
import uk.nhs.smartcardportal.sites.Site;
import uk.nhs.smartcardportal.sites.SiteKind;
import uk.nhs.smartcardportal.sites.SiteRepository;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffRepository;

/** Loads the demo trust into an empty database on the local run and in tests. Never part of the production jar. */
@Component
@Profile("dev")
@Order(0)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final SiteRepository sites;
    private final StaffRepository staff;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoData(SiteRepository sites, StaffRepository staff, TransactionTemplate transaction, Clock clock) {
        this.sites = sites;
        this.staff = staff;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (sites.count() > 0) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            Map<String, Site> siteByName = loadSites();
            loadStaff(siteByName);
        });
        log.info("Demo data loaded: {} sites, {} staff", sites.count(), staff.count());
    }

    private Map<String, Site> loadSites() {
        Map<String, Site> byName = new HashMap<>();
        for (Site site : new Site[] {
                new Site(DemoUsers.STORE, SiteKind.STORE, "Williamson House, Thomas Drive, Wavertree, Liverpool L14 3LE",
                        "Ground floor, Workforce Systems office. Visitor parking at the front of the building."),
                new Site(DemoUsers.GENERAL_OFFICE, SiteKind.GENERAL_OFFICE, "Main entrance, Royal Liverpool "
                        + "University Hospital, Prescot Street, Liverpool L7 8XP", "Closed to collections since the "
                        + "new process began; cards held here move into Workforce Systems custody."),
                new Site(DemoUsers.AINTREE, SiteKind.HOSPITAL, "Longmoor Lane, Liverpool L9 7AL",
                        "Education Centre, first floor. Follow signs for the Clinical Sciences Centre."),
                new Site(DemoUsers.ROYAL, SiteKind.HOSPITAL, "Prescot Street, Liverpool L7 8XP",
                        "Learning Hub, level 2, next to the main restaurant."),
                new Site(DemoUsers.BROADGREEN, SiteKind.HOSPITAL, "Thomas Drive, Liverpool L14 3LB",
                        "Training room 3, Centre for Excellence building, ground floor."),
                new Site(DemoUsers.DENTAL, SiteKind.HOSPITAL, "Pembroke Place, Liverpool L3 5PS",
                        "Seminar room on the ground floor, past reception on the left.")}) {
            byName.put(site.getName(), sites.save(site));
        }
        return byName;
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
