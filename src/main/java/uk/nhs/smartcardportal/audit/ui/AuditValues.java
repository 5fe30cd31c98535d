package uk.nhs.smartcardportal.audit.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An audit event's before or after values as a person reads them: "Status: PRINTED · Custody site id: 1", not the
 * JSON they are kept as. Absent values read "none".
 */
final class AuditValues {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AuditValues() {}

    static String readable(String json) {
        if (json == null || json.isBlank()) {
            return "";
        }
        try {
            JsonNode node = JSON.readTree(json);
            if (!node.isObject()) {
                return value(node);
            }
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                parts.add(words(field.getKey()) + ": " + value(field.getValue()));
            }
            return String.join(" · ", parts);
        } catch (JacksonException notJson) {
            return json;
        }
    }

    private static String value(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "none";
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(value(item)));
            return items.isEmpty() ? "none" : String.join(", ", items);
        }
        if (node.isObject()) {
            return readable(node.toString());
        }
        return node.asString();
    }

    /** "custodySiteId" as "Custody site id". */
    static String words(String key) {
        String spaced =
                key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase();
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
