package uk.nhs.smartcardportal.bench;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The Vaadin protocol as Gatling requests, speaking as {@link VaadinClient} does: the OIDC sign-in through the
 * provider's form, the init request, then UIDL messages carrying the CSRF token, sync id and client id; each answer's
 * ids and the state nodes of elements with an id are kept in the virtual user's session.
 */
final class VaadinGatling {

    private static final ObjectMapper JSON = new ObjectMapper();

    private VaadinGatling() {}

    /** Signs in as the fed person ({@code subject}, {@code claims}) and opens the route. */
    static ChainBuilder signInAndOpen(String route) {
        return exec(http("sign-in: portal to provider")
                        .get("/" + route)
                        .check(currentLocation().saveAs("loginForm")))
                .exec(http("sign-in: provider to portal")
                        .post("#{loginForm}")
                        .formParam("username", "#{subject}")
                        .formParam("claims", "#{claims}")
                        .check(substring("<div id=\"outlet\">")))
                .exec(http("init")
                        .get("/?v-r=init&location=" + route + "&query=")
                        .check(
                                jsonPath("$.appConfig.uidl['Vaadin-Security-Key']")
                                        .saveAs("csrf"),
                                jsonPath("$.appConfig['v-uiId']").ofInt().saveAs("uiId"),
                                jsonPath("$.appConfig.uidl.syncId").ofLong().saveAs("syncId"),
                                jsonPath("$.appConfig.uidl.clientId").ofLong().saveAs("clientId")))
                .exec(session -> session.set("nodes", Map.of()).set("route", ""))
                .exec(navigate(route));
    }

    /** Opens a route in the same UI, as a menu link does. */
    static ChainBuilder navigate(String route) {
        Map<String, Object> data = Map.of(
                "route", route, "query", "", "appShellTitle", "", "historyState", Map.of("idx", 0), "trigger", "");
        return exec(session -> route.equals(session.getString("route"))
                        ? session
                        : session.set("nodes", Map.of()).set("route", route))
                .exec(uidl(
                        "open " + route,
                        session -> List.of(Map.of("type", "event", "node", 1, "event", "ui-navigate", "data", data)),
                        ""));
    }

    /** Types into the element with that id; the answer must contain the expected text. */
    static ChainBuilder setValue(String what, String id, Function<Session, String> value, String expected) {
        return uidl(
                what,
                session -> List.of(Map.of(
                        "type",
                        "mSync",
                        "node",
                        node(session, id),
                        "feature",
                        1,
                        "property",
                        "value",
                        "value",
                        value.apply(session))),
                expected);
    }

    /** Keeps the UI alive, as the browser's heartbeat does. */
    static ChainBuilder heartbeat() {
        return exec(http("heartbeat")
                        .post("/?v-r=heartbeat&v-uiId=#{uiId}")
                        .check(status().is(200), responseTimeInMillis().saveAs("took")))
                .exec(session -> taken("heartbeat", session));
    }

    /**
     * Keeps the request's time for the benchmark's own table per step, as {@link VaadinClient} keeps its timings;
     * a failed check counts as an error and the person goes on, as Gatling's users do.
     */
    private static Session taken(String what, Session session) {
        Integer took = session.contains("took") ? session.getInt("took") : null;
        long nanos = took == null ? 0 : took * 1_000_000L;
        StarterSimulation.timings.add(
                new VaadinClient.Timing(what, System.nanoTime() - nanos, nanos, !session.isFailed() && took != null));
        return session.remove("took").markAsSucceeded();
    }

    private static ChainBuilder uidl(String what, Function<Session, List<Map<String, Object>>> rpc, String expected) {
        return exec(http(what)
                        .post("/?v-r=uidl&v-uiId=#{uiId}")
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .body(io.gatling.javaapi.core.CoreDsl.StringBody(session -> JSON.writeValueAsString(Map.of(
                                "csrfToken",
                                session.getString("csrf"),
                                "rpc",
                                rpc.apply(session),
                                "syncId",
                                session.getLong("syncId"),
                                "clientId",
                                session.getLong("clientId")))))
                        .check(
                                status().is(200),
                                substring("\"appError\"").notExists(),
                                substring("Vaadin-Refresh").notExists(),
                                // Gatling finds no empty string: with nothing expected, any answer will do
                                expected.isEmpty() ? status().not(0) : substring(expected),
                                bodyString().saveAs("answer"),
                                responseTimeInMillis().saveAs("took")))
                .exec(VaadinGatling::learn)
                .exec(session -> taken(what, session));
    }

    /** The ids the next message must carry, and which state node has which element id, from the last answer. */
    private static Session learn(Session session) {
        String body = session.getString("answer");
        if (body == null) {
            return session;
        }
        JsonNode answer = JSON.readTree(body.startsWith("for(;;);") ? body.substring(9, body.length() - 1) : body);
        Map<String, Integer> nodes = new HashMap<>(session.<Map<String, Integer>>get("nodes"));
        for (JsonNode change : answer.path("changes")) {
            if ("detach".equals(change.path("type").asString(""))) {
                int node = change.path("node").asInt();
                nodes.values().removeIf(known -> known == node);
            } else if ("id".equals(change.path("key").asString(""))
                    && change.path("value").isString()) {
                nodes.put(change.path("value").asString(), change.path("node").asInt());
            }
        }
        return session.remove("answer")
                .set("syncId", answer.path("syncId").asLong(session.getLong("syncId")))
                .set("clientId", answer.path("clientId").asLong(session.getLong("clientId")))
                .set("nodes", Map.copyOf(nodes));
    }

    private static int node(Session session, String id) {
        Integer node = session.<Map<String, Integer>>get("nodes").get(id);
        if (node == null) {
            throw new IllegalStateException("No element " + id + " on the page");
        }
        return node;
    }
}
