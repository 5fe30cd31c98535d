package uk.nhs.smartcardportal.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Fills a running portal's database (its schema made by the portal's own migrations) with a large trust. Runs only
 * when given a database:
 * {@code ./mvnw -Pbench test -Dtest=LargeTrustDataBenchmark -Dbench.url=jdbc:mariadb://host/portal -Dbench.user=…
 * -Dbench.password=… [-Dbench.staff=50000] [-Dbench.cards=200000]}. (A class with a main method here would confuse
 * the local run's choice of main class.)
 */
class LargeTrustDataBenchmark {

    @Test
    void fillTheGivenDatabase() {
        String url = System.getProperty("bench.url");
        assumeTrue(url != null && !url.isBlank(), "No -Dbench.url given: nothing to fill");
        int staff = Integer.getInteger("bench.staff", 50_000);
        int cards = Integer.getInteger("bench.cards", 200_000);
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                url, System.getProperty("bench.user", "root"), System.getProperty("bench.password", ""));
        long started = System.nanoTime();
        new LargeTrustGenerator(new JdbcTemplate(dataSource), Instant.now())
                .fill(new LargeTrustGenerator.Size(staff, cards, Math.max(200, cards / 20), 300, true));
        System.out.printf(
                "Filled to %d staff and %d cards in %d s. Passport answers are worked out at the next "
                        + "nightly run, or from Staff passports.%n",
                staff, cards, (System.nanoTime() - started) / 1_000_000_000);
    }
}
