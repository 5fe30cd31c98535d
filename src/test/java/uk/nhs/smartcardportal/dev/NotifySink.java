package uk.nhs.smartcardportal.dev;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.HmacKey;
import org.json.JSONObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local HTTP server that answers as GOV.UK Notify's API does, so the portal's real Notify client is exercised with
 * nothing leaving the machine. It checks the client's signed token (HS256 with the key's secret, issued by the
 * service id, within 30 seconds) and the request as Notify documents it, and answers with Notify's shapes: 201 with
 * the notification, or {@code {"status_code", "errors": [{"error", "message"}]}} with Notify's codes (400
 * ValidationError or BadRequestError, 403 AuthError, 429 RateLimitError, 500 Exception). Tests can make it refuse a
 * number or answer the next requests with an error.
 */
public final class NotifySink {

    public static final String SERVICE_ID = "6f0d7c2a-59a4-4d8b-9f45-0c1b8e3a7d11";
    public static final String SECRET = "0b7c2f5e-1d3a-4e69-8c4b-7a2e9d6f1c35";
    public static final String API_KEY = "portal_dev-" + SERVICE_ID + "-" + SECRET;
    public static final String SMS_TEMPLATE_ID = "4a1e6b0c-8f2d-4c37-9e51-2d7b3c9a6f08";
    public static final String EMAIL_TEMPLATE_ID = "9c3d1f7a-2b6e-4f80-a4d5-6e1c8b2f9a47";

    private static final Logger log = LoggerFactory.getLogger(NotifySink.class);
    private static volatile NotifySink running;

    /** A notification Notify accepted. */
    public record Sent(
            String id,
            String type,
            String to,
            String templateId,
            Map<String, Object> personalisation,
            String reference) {

        public String body() {
            return String.valueOf(personalisation.get("body"));
        }
    }

    private record Answer(int status, String error, String message) {}

    private final HttpServer server;
    private final boolean logTexts;
    private final List<Sent> accepted = new ArrayList<>();
    private final Map<String, Queue<Answer>> nextAnswers = new HashMap<>();
    private final Set<String> refusedNumbers = new HashSet<>();
    private final Map<String, String> statuses = new HashMap<>();
    private int requests;

    private NotifySink(int port, boolean logTexts) {
        this.logTexts = logTexts;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v2/notifications/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    static synchronized NotifySink start(int port, boolean logTexts) {
        if (running == null) {
            running = new NotifySink(port, logTexts);
        }
        return running;
    }

    /** The running sink, for tests that read what was sent or make it fail. */
    public static NotifySink sink() {
        if (running == null) {
            throw new IllegalStateException("The Notify sink has not been started");
        }
        return running;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public synchronized List<Sent> textsTo(String number) {
        return accepted.stream()
                .filter(sent -> sent.type().equals("sms") && sent.to().equals(number))
                .toList();
    }

    public synchronized List<Sent> emailsTo(String address) {
        return accepted.stream()
                .filter(sent -> sent.type().equals("email") && sent.to().equalsIgnoreCase(address))
                .toList();
    }

    public synchronized List<Sent> withReference(String reference) {
        return accepted.stream()
                .filter(sent -> reference.equals(sent.reference()))
                .toList();
    }

    /** How many requests it has answered, accepted or not. */
    public synchronized int requests() {
        return requests;
    }

    /**
     * Answers the next request for this recipient (mobile or e-mail) with this error, as Notify would; several calls
     * queue several answers.
     */
    public synchronized void answerNextWith(String recipient, int status, String error, String message) {
        nextAnswers.computeIfAbsent(recipient, key -> new ArrayDeque<>()).add(new Answer(status, error, message));
    }

    /** What Notify will say became of this notification when asked (otherwise "delivered"). */
    public synchronized void reportStatus(String notificationId, String status) {
        statuses.put(notificationId, status);
    }

    /** Refuses texts to this number as not a UK mobile, as Notify does for a number it cannot text. */
    public synchronized void refuseNumber(String number) {
        refusedNumbers.add(number);
    }

    /** After each test: the next test finds a sink that answers normally. */
    public static void resetIfRunning() {
        if (running != null) {
            running.reset();
        }
    }

    /** Forgets what tests asked it to do (not what it accepted). */
    public synchronized void reset() {
        nextAnswers.clear();
        refusedNumbers.clear();
        statuses.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String type = exchange.getRequestURI().getPath().substring("/v2/notifications/".length());
            if (exchange.getRequestMethod().equals("GET")) {
                answerStatus(exchange, type);
                return;
            }
            if (!exchange.getRequestMethod().equals("POST") || !(type.equals("sms") || type.equals("email"))) {
                respond(exchange, new Answer(404, "BadRequestError", "Not Found"));
                return;
            }
            JSONObject body =
                    new JSONObject(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Answer refusal = check(exchange.getRequestHeaders().getFirst("Authorization"), type, body);
            if (refusal != null) {
                respond(exchange, refusal);
                return;
            }
            Sent sent = accept(type, body);
            byte[] answer = created(sent).toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(201, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    /** GET /v2/notifications/{id}: the notification as Notify shows it, with its status. */
    private void answerStatus(HttpExchange exchange, String id) throws IOException {
        Answer refusal = checkToken(exchange.getRequestHeaders().getFirst("Authorization"));
        if (refusal != null) {
            respond(exchange, refusal);
            return;
        }
        JSONObject notification;
        synchronized (this) {
            Sent sent = accepted.stream()
                    .filter(candidate -> candidate.id().equals(id))
                    .findFirst()
                    .orElse(null);
            if (sent == null) {
                respond(exchange, new Answer(404, "NoResultFound", "No result found"));
                return;
            }
            notification = new JSONObject()
                    .put("id", sent.id())
                    .put("reference", sent.reference() == null ? JSONObject.NULL : sent.reference())
                    .put(sent.type().equals("sms") ? "phone_number" : "email_address", sent.to())
                    .put("type", sent.type())
                    .put("status", statuses.getOrDefault(id, "delivered"))
                    .put(
                            "template",
                            new JSONObject()
                                    .put("id", sent.templateId())
                                    .put("version", 1)
                                    .put("uri", baseUrl() + "/v2/template/" + sent.templateId()))
                    .put("body", sent.body())
                    .put(
                            "subject",
                            sent.type().equals("sms")
                                    ? JSONObject.NULL
                                    : sent.personalisation().get("subject"))
                    .put("created_at", "2026-01-01T09:00:00.000000Z")
                    .put("is_cost_data_ready", false)
                    .put("cost_details", new JSONObject());
        }
        byte[] answer = notification.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, answer.length);
        exchange.getResponseBody().write(answer);
    }

    private synchronized Answer check(String authorization, String type, JSONObject body) {
        requests++;
        Answer auth = checkToken(authorization);
        if (auth != null) {
            return auth;
        }
        String recipient = type.equals("sms") ? body.optString("phone_number") : body.optString("email_address");
        Queue<Answer> planned = nextAnswers.get(recipient);
        if (planned != null && !planned.isEmpty()) {
            return planned.poll();
        }
        String template = body.optString("template_id");
        String expected = type.equals("sms") ? SMS_TEMPLATE_ID : EMAIL_TEMPLATE_ID;
        if (!template.equals(expected)) {
            return new Answer(400, "BadRequestError", "Template not found");
        }
        JSONObject personalisation = body.optJSONObject("personalisation");
        for (String field : type.equals("sms") ? List.of("body") : List.of("subject", "body")) {
            if (personalisation == null || !personalisation.has(field)) {
                return new Answer(400, "BadRequestError", "Missing personalisation: " + field);
            }
        }
        if (type.equals("sms")) {
            String number = body.optString("phone_number");
            if (!number.matches("(\\+44|0)7\\d{9}") || refusedNumbers.contains(number)) {
                return new Answer(400, "ValidationError", "phone_number Not a UK mobile number");
            }
        } else if (!body.optString("email_address").contains("@")) {
            return new Answer(400, "ValidationError", "email_address Not a valid email address");
        }
        return null;
    }

    private static Answer checkToken(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return new Answer(401, "AuthError", "Unauthorized: authentication token must be provided");
        }
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setCompactSerialization(authorization.substring("Bearer ".length()));
            jws.setKey(new HmacKey(SECRET.getBytes(StandardCharsets.UTF_8)));
            JwtClaims claims = JwtClaims.parse(jws.getUnverifiedPayload());
            if (!SERVICE_ID.equals(claims.getIssuer()) || !jws.verifySignature()) {
                return new Answer(403, "AuthError", "Invalid token: API key not found");
            }
            long issuedAt = claims.getIssuedAt().getValue();
            if (Math.abs(Instant.now().getEpochSecond() - issuedAt) > 30) {
                return new Answer(403, "AuthError", "Error: Your system clock must be accurate to within 30 seconds");
            }
            return null;
        } catch (Exception badToken) {
            return new Answer(403, "AuthError", "Invalid token: signature, api token is not valid");
        }
    }

    private synchronized Sent accept(String type, JSONObject body) {
        Sent sent = new Sent(
                UUID.randomUUID().toString(),
                type,
                type.equals("sms") ? body.getString("phone_number") : body.getString("email_address"),
                body.getString("template_id"),
                body.getJSONObject("personalisation").toMap(),
                body.isNull("reference") ? null : body.getString("reference"));
        accepted.add(sent);
        if (logTexts) {
            log.info("Notify sink: {} to {}: {}", type, sent.to(), sent.body());
        }
        return sent;
    }

    private JSONObject created(Sent sent) {
        JSONObject content = new JSONObject().put("body", sent.body());
        if (sent.type().equals("sms")) {
            content.put("from_number", "NHS");
        } else {
            content.put("subject", String.valueOf(sent.personalisation().get("subject")));
            content.put("from_email", "smartcards@notifications.service.gov.uk");
        }
        return new JSONObject()
                .put("id", sent.id())
                .put("reference", sent.reference() == null ? JSONObject.NULL : sent.reference())
                .put("content", content)
                .put("uri", baseUrl() + "/v2/notifications/" + sent.id())
                .put(
                        "template",
                        new JSONObject()
                                .put("id", sent.templateId())
                                .put("version", 1)
                                .put("uri", baseUrl() + "/v2/template/" + sent.templateId()));
    }

    private static void respond(HttpExchange exchange, Answer answer) throws IOException {
        JSONObject error = new JSONObject()
                .put("status_code", answer.status())
                .put("errors", List.of(Map.of("error", answer.error(), "message", answer.message())));
        byte[] bytes = error.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
