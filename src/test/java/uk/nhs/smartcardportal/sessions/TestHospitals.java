package uk.nhs.smartcardportal.sessions;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.sites.Site;
import uk.nhs.smartcardportal.sites.SiteKind;
import uk.nhs.smartcardportal.sites.SiteRepository;

/**
 * Test helper: a hospital of the test's own, so its sessions and cards meet no other test's, and sessions there
 * scheduled through the real service by the Workforce Systems Team.
 */
@Component
public class TestHospitals {

    private static final AtomicInteger NEXT = new AtomicInteger(1);

    private final SiteRepository sites;
    private final SessionSchedulingService scheduling;
    private final CardFixtures fixtures;

    TestHospitals(SiteRepository sites, SessionSchedulingService scheduling, CardFixtures fixtures) {
        this.sites = sites;
        this.scheduling = scheduling;
        this.fixtures = fixtures;
    }

    public record Hospital(long siteId, String name) {}

    /** A new hospital named for what the test does, e.g. "Desk Test" becomes "Desk Test Hospital 7-12345". */
    public Hospital open(String what) {
        return open(what, null);
    }

    public Hospital open(String what, String directions) {
        String name = what + " Hospital " + NEXT.getAndIncrement() + "-" + System.nanoTime() % 100_000;
        Site site = sites.save(new Site(name, SiteKind.HOSPITAL, "1 Test Road", directions));
        return new Hospital(site.getId(), name);
    }

    public long session(Hospital hospital, String room, LocalDate day, LocalTime start, LocalTime end, int capacity) {
        return session(hospital, room, day, start, end, capacity, null);
    }

    public long session(
            Hospital hospital,
            String room,
            LocalDate day,
            LocalTime start,
            LocalTime end,
            int capacity,
            String facilitators) {
        return fixtures.asAdmin(() -> scheduling.schedule(
                new SessionDraft(hospital.siteId(), room, day, start, end, capacity, facilitators, null)));
    }
}
