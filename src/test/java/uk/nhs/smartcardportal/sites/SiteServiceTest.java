package uk.nhs.smartcardportal.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.base.InvalidInputException;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.sessions.TestHospitals;
import uk.nhs.smartcardportal.staff.StaffRepository;

@IntegrationTest
class SiteServiceTest {

    @Autowired
    SiteService sites;

    @Autowired
    SiteRepository repository;

    @Autowired
    StaffRepository staff;

    @Autowired
    TestHospitals hospitals;

    @Autowired
    CardFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private final long n = System.nanoTime() % 1_000_000;

    @BeforeEach
    void workforce() {
        SignIn.as(DemoUsers.ADMIN, staff);
    }

    private SiteDraft hospital(String name, String postcode, String rooms) {
        return new SiteDraft(
                SiteKind.HOSPITAL, name, "1 Long Lane, Liverpool", postcode, "Follow the signs", null, rooms);
    }

    private long audits(String action, long siteId) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = ? and entity_id = ?", Long.class, action, siteId);
    }

    @Test
    void workforceAddsAndChangesASiteWithItsRoomsAudited() {
        Site site = sites.create(
                hospital("Walton Centre " + n, "l9 7lj", "Seminar Room 1\nseminar room 1\n Lecture Theatre "));

        assertThat(site.getPostcode()).isEqualTo("L9 7LJ");
        assertThat(site.getRooms()).containsExactly("Seminar Room 1", "Lecture Theatre");
        Site changed = sites.update(
                site.getId(),
                site.getVersion(),
                new SiteDraft(
                        SiteKind.HOSPITAL,
                        "Walton Centre " + n,
                        "Lower Lane",
                        "L9 7LJ",
                        null,
                        "Main reception",
                        "Room 4"));
        assertThat(changed.getHandOverPlace()).isEqualTo("Main reception");
        assertThat(repository.findById(site.getId()).orElseThrow().getRooms()).containsExactly("Room 4");
        assertThat(audits("SITE_CREATED", site.getId())).isEqualTo(1);
        assertThat(audits("SITE_CHANGED", site.getId())).isEqualTo(1);
        assertThatThrownBy(
                        () -> sites.update(site.getId(), site.getVersion(), hospital("Walton Centre " + n, null, "")))
                .hasMessageContaining("changed");
    }

    @Test
    void everyProblemWithTheFormIsNamedAgainstItsField() {
        assertThatThrownBy(() -> sites.create(
                        new SiteDraft(null, " ", null, "not a postcode", "x".repeat(1001), null, "R".repeat(121))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.problems())
                                .containsOnlyKeys(
                                        SiteDraft.KIND,
                                        SiteDraft.NAME,
                                        SiteDraft.ADDRESS,
                                        SiteDraft.POSTCODE,
                                        SiteDraft.DIRECTIONS,
                                        SiteDraft.ROOMS)
                                .containsEntry(SiteDraft.POSTCODE, "Enter a UK postcode, such as L7 8XP.")
                                .containsEntry(
                                        SiteDraft.DIRECTIONS,
                                        "The directions can be at most 1,000 characters: this has 1,001."));
        assertThatThrownBy(() -> sites.create(hospital(DemoUsers.ROYAL, null, "")))
                .hasMessageContaining("There is a site called " + DemoUsers.ROYAL + " already.");
    }

    @Test
    void thereIsOnlyEverOneActiveStoreInTheServiceAndInTheDatabase() {
        assertThatThrownBy(() -> sites.create(
                        new SiteDraft(SiteKind.STORE, "Second Store " + n, "2 Store Road", null, null, null, null)))
                .hasMessageContaining("There is one active store, " + DemoUsers.STORE);
        Site store = sites.activeStore().orElseThrow();
        assertThatThrownBy(() -> sites.update(
                        store.getId(),
                        store.getVersion(),
                        new SiteDraft(SiteKind.HOSPITAL, store.getName(), store.getAddress(), null, null, null, null)))
                .hasMessageContaining("This is the store");
        assertThatThrownBy(() -> jdbc.update(
                        "insert into site (version, name, kind, address, active) values (0, ?, 'STORE', 'x', true)",
                        "Sneaked Store " + n))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aSiteStillInUseCannotBeTakenOutOfUseAndSaysWhatIsThere() {
        TestHospitals.Hospital hospital = hospitals.open("Deactivation");
        hospitals.session(hospital, "Room 1", LocalDate.now().plusDays(3), LocalTime.of(10, 0), LocalTime.of(11, 0), 5);
        CardFixtures.Starter starter = fixtures.cardInStore("Ida", "Wells", hospital.name());
        jdbc.update("update staff set base_site_id = ? where id = ?", hospital.siteId(), starter.staffId());
        SignIn.as(DemoUsers.ADMIN, staff);
        Site site = repository.findById(hospital.siteId()).orElseThrow();

        assertThatThrownBy(() -> sites.deactivate(site.getId(), site.getVersion()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("1 card to be collected there")
                .hasMessageContaining("1 session ahead")
                .hasMessageContaining("1 person based there");
        assertThat(repository.findById(site.getId()).orElseThrow().isActive()).isTrue();
    }

    @Test
    void anEmptySiteGoesOutOfUseAndComesBack() {
        Site site = sites.create(hospital("Quiet Clinic " + n, null, ""));

        sites.deactivate(site.getId(), site.getVersion());
        Site out = repository.findById(site.getId()).orElseThrow();
        assertThat(out.isActive()).isFalse();
        assertThat(sites.activeCollectionSites()).extracting(Site::getName).doesNotContain(site.getName());
        sites.reactivate(out.getId(), out.getVersion());

        assertThat(repository.findById(site.getId()).orElseThrow().isActive()).isTrue();
        assertThat(audits("SITE_DEACTIVATED", site.getId())).isEqualTo(1);
        assertThat(audits("SITE_REACTIVATED", site.getId())).isEqualTo(1);
    }
}
