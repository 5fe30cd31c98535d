package uk.nhs.smartcardportal.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * One simulated person in a browser, speaking the real protocols: the OIDC authorization-code sign-in through the
 * provider's login form, the Vaadin bootstrap page, the UI's init request, then UIDL requests that carry the CSRF
 * token, sync id and client id exactly as Vaadin's own client does. Cookies are kept per host, as a browser keeps them.
 */
final class VaadinClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one request cost and whether it went well. */
    record Timing(String what, long startedNanos, long nanos, boolean ok) {}

    private final HttpClient http;
    private final String portal;
    private final Map<String, Map<String, String>> cookiesByHost = new HashMap<>();
    private final List<Timing> timings;
    private String csrfToken;
    private int uiId;
    private long syncId;
    private long clientId;
    /** State node of each element with an id on the current page, learnt from the server's changes. */
    private final Map<String, Integer> nodesById = new HashMap<>();
    /** What went wrong last, for reading when a benchmark's step fails. */
    private String lastProblem = "none";

    private String lastBody = "";
    private String currentRoute = "";

    VaadinClient(HttpClient http, String portal, List<Timing> timings) {
        this.http = http;
        this.portal = portal;
        this.timings = timings;
    }

    /** Signs in as the subject with the given claims, then opens the route: bootstrap page, init, navigation. */
    void signInAndOpen(String subject, String claimsJson, String route) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<String> login = get(portal + route);
        String form = "username=" + URLEncoder.encode(subject, StandardCharsets.UTF_8) + "&claims="
                + URLEncoder.encode(claimsJson, StandardCharsets.UTF_8);
        HttpResponse<String> bootstrap = send(HttpRequest.newBuilder(login.uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        boolean ok = bootstrap.statusCode() == 200 && bootstrap.body().contains("<div id=\"outlet\">");
        timings.add(new Timing("sign-in", started, System.nanoTime() - started, ok));
        if (!ok) {
            throw new IOException("Sign-in ended at " + bootstrap.uri() + " with " + bootstrap.statusCode());
        }
        init(route);
        navigate(route);
    }

    private void init(String route) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<String> response =
                get(portal + "?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query=");
        JsonNode config = JSON.readTree(response.body()).path("appConfig");
        JsonNode uidl = config.path("uidl");
        csrfToken = uidl.path("Vaadin-Security-Key").asString();
        uiId = config.path("v-uiId").asInt();
        syncId = uidl.path("syncId").asLong();
        clientId = uidl.path("clientId").asLong();
        timings.add(new Timing(
                "init", started, System.nanoTime() - started, response.statusCode() == 200 && !csrfToken.isEmpty()));
    }

    /** Opens a route in the same UI, as a click on a menu link does; true when the server answered in order. */
    boolean navigate(String route) throws IOException, InterruptedException {
        // a new page sends every element it shows; the page already shown is kept as it is and sends nothing
        if (!route.equals(currentRoute)) {
            nodesById.clear();
            currentRoute = route;
        }
        Map<String, Object> data = Map.of(
                "route", route, "query", "", "appShellTitle", "", "historyState", Map.of("idx", 0), "trigger", "");
        return uidl(
                "open " + route.replaceAll("/\\d+$", "/{id}"),
                List.of(Map.of("type", "event", "node", 1, "event", "ui-navigate", "data", data)),
                "");
    }

    /**
     * Types into the field with that id, as the browser syncs a text field's or select's value; the answer must
     * contain the expected text for the step to count as done. False if the page has no such element.
     */
    boolean setValue(String what, String id, String value, String expected) throws IOException, InterruptedException {
        Integer node = nodesById.get(id);
        return hasElement(id)
                && uidl(
                        what,
                        List.of(Map.of(
                                "type", "mSync", "node", node, "feature", 1, "property", "value", "value", value)),
                        expected);
    }

    /** Clicks the element with that id; the answer must contain the expected text. False if there is no element. */
    boolean click(String what, String id, String expected) throws IOException, InterruptedException {
        Integer node = nodesById.get(id);
        return hasElement(id)
                && uidl(
                        what,
                        List.of(Map.of(
                                "type",
                                "event",
                                "node",
                                node,
                                "event",
                                "click",
                                "data",
                                Map.of(
                                        "event.shiftKey",
                                        false,
                                        "event.metaKey",
                                        false,
                                        "event.altKey",
                                        false,
                                        "event.ctrlKey",
                                        false,
                                        "event.button",
                                        0,
                                        "event.detail",
                                        1))),
                        expected);
    }

    String lastProblem() {
        return lastProblem;
    }

    /** Characters in the server's last UIDL answer: Vaadin keeps that answer in the UI, to send again if it is lost. */
    int lastAnswerLength() {
        return lastBody.length();
    }

    private boolean hasElement(String id) {
        if (nodesById.containsKey(id)) {
            return true;
        }
        lastProblem = "no element " + id + " on the page; ids: " + nodesById.keySet() + "; last answer: "
                + lastBody.substring(0, Math.min(4000, lastBody.length()));
        return false;
    }

    boolean has(String id) {
        return nodesById.containsKey(id);
    }

    /**
     * Keeps which state node has which id: the server sends an element's attributes once, when it is attached, so
     * ids are kept across answers and dropped when their node is detached.
     */
    private void learnIds(JsonNode changes) {
        for (JsonNode change : changes) {
            if ("detach".equals(change.path("type").asString(""))) {
                int node = change.path("node").asInt();
                nodesById.values().removeIf(known -> known == node);
            } else if ("id".equals(change.path("key").asString(""))
                    && change.path("value").isString()) {
                nodesById.put(
                        change.path("value").asString(), change.path("node").asInt());
            }
        }
    }

    /** Keeps the UI alive, as the browser's heartbeat does. */
    boolean heartbeat() throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(URI.create(portal + "?v-r=heartbeat&v-uiId=" + uiId))
                        .POST(HttpRequest.BodyPublishers.noBody()));
        boolean ok = response.statusCode() == 200;
        timings.add(new Timing("heartbeat", started, System.nanoTime() - started, ok));
        return ok;
    }

    /** The cookies a browser would send to the portal now, as one Cookie header value. */
    String cookieHeader() {
        URI uri = URI.create(portal);
        return String.join(
                "; ",
                cookiesByHost.getOrDefault(uri.getHost() + ":" + uri.getPort(), Map.of()).entrySet().stream()
                        .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                        .toList());
    }

    private boolean uidl(String what, List<Map<String, Object>> rpc, String expected)
            throws IOException, InterruptedException {
        Map<String, Object> message =
                Map.of("csrfToken", csrfToken, "rpc", rpc, "syncId", syncId, "clientId", clientId);
        long started = System.nanoTime();
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(portal + "?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))));
        long nanos = System.nanoTime() - started;
        lastBody = response.body();
        boolean answered = response.statusCode() == 200
                && !response.body().contains("\"appError\"")
                && !response.body().contains("Vaadin-Refresh");
        boolean ok = answered && response.body().contains(expected);
        // whatever the step expected, the server has applied the request: the next must carry its sync id
        if (answered) {
            String body = response.body().startsWith("for(;;);")
                    ? response.body().substring(9, response.body().length() - 1)
                    : response.body();
            JsonNode answer = JSON.readTree(body);
            syncId = answer.path("syncId").asLong(syncId);
            clientId = answer.path("clientId").asLong(clientId);
            learnIds(answer.path("changes"));
        }
        if (!ok) {
            lastProblem = what + ": " + response.statusCode() + ", texts in the answer: "
                    + java.util.regex.Pattern.compile("\"value\":\"([^\"]{12,})\"")
                            .matcher(response.body())
                            .results()
                            .map(match -> match.group(1))
                            .toList();
        }
        timings.add(new Timing(what, started, nanos, ok));
        return ok;
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** Sends with this person's cookies and follows redirects (to the provider and back) as a browser does. */
    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpRequest built = withCookies(request).timeout(Duration.ofSeconds(60)).build();
        for (int hop = 0; hop < 10; hop++) {
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            keepCookies(response);
            if (response.statusCode() / 100 != 3) {
                return response;
            }
            URI next = built.uri()
                    .resolve(response.headers().firstValue("Location").orElseThrow());
            built = withCookies(HttpRequest.newBuilder(next).GET())
                    .timeout(Duration.ofSeconds(60))
                    .build();
        }
        throw new IOException("Too many redirects");
    }

    private HttpRequest.Builder withCookies(HttpRequest.Builder request) {
        URI uri = request.copy().build().uri();
        Map<String, String> cookies = cookiesByHost.get(uri.getHost() + ":" + uri.getPort());
        if (cookies != null && !cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    String.join(
                            "; ",
                            cookies.entrySet().stream()
                                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                                    .toList()));
        }
        return request;
    }

    private void keepCookies(HttpResponse<String> response) {
        URI uri = response.uri();
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookiesByHost
                        .computeIfAbsent(uri.getHost() + ":" + uri.getPort(), host -> new HashMap<>())
                        .put(
                                pair.substring(0, equals).strip(),
                                pair.substring(equals + 1).strip());
            }
        }
    }
}
