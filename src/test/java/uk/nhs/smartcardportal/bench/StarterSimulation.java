package uk.nhs.smartcardportal.bench;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The load benchmark's starters, driven by Gatling: each signs in, then moves between FAQ (with a search), passport
 * and My smartcard with the same think times as {@link LoadBenchmark}'s own people, in steps of more people. Set up by
 * {@link GatlingSteps} in the benchmark's JVM.
 */
public class StarterSimulation extends Simulation {

    static volatile String portal;
    static volatile List<Map<String, Object>> people;
    static volatile int[] steps;
    static volatile int stepSeconds;
    /** How long each step takes to bring its new people in: their sign-ins must not outrun the portal. */
    static final int RAMP_SECONDS = Integer.getInteger("bench.ramp-seconds", 20);
    /** Every request after sign-in, as the people's own client times them. */
    static final List<VaadinClient.Timing> timings = java.util.Collections.synchronizedList(new ArrayList<>());

    private final ScenarioBuilder starters = scenario("Starters")
            .feed(listFeeder(people).queue())
            .exec(VaadinGatling.signInAndOpen("my-card"))
            .pause(Duration.ZERO, Duration.ofSeconds(10))
            .forever()
            .on(exec(VaadinGatling.navigate("faq"))
                    .pause(Duration.ofSeconds(1), Duration.ofSeconds(4))
                    .exec(VaadinGatling.setValue(
                            "search faq",
                            "faq-search",
                            session -> "question " + ThreadLocalRandom.current().nextInt(10, 300),
                            "faq-bench-question"))
                    .pause(Duration.ofSeconds(3), Duration.ofSeconds(10))
                    .exec(VaadinGatling.navigate("passport"))
                    .pause(Duration.ofSeconds(4), Duration.ofSeconds(14))
                    .exec(VaadinGatling.navigate("my-card"))
                    .pause(Duration.ofSeconds(1), Duration.ofSeconds(4))
                    .exec(VaadinGatling.heartbeat())
                    .pause(Duration.ofSeconds(3), Duration.ofSeconds(10)));

    {
        List<ClosedInjectionStep> injection = new ArrayList<>();
        int before = 0;
        for (int step : steps) {
            injection.add(rampConcurrentUsers(before).to(step).during(Duration.ofSeconds(RAMP_SECONDS)));
            injection.add(constantConcurrentUsers(step).during(Duration.ofSeconds(stepSeconds)));
            before = step;
        }
        // people never leave (they browse until the run ends), so the run ends when the last step does
        setUp(starters.injectClosed(injection))
                .protocols(http.baseUrl(portal))
                .maxDuration(Duration.ofSeconds((long) steps.length * (RAMP_SECONDS + stepSeconds)));
    }
}
