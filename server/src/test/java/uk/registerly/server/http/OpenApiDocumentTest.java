package uk.registerly.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import uk.registerly.server.sync.EventType;
import uk.registerly.server.testing.ApiClient;
import uk.registerly.server.testing.ServerTest;

/** The served OpenAPI document describes exactly the routes the server serves, each with its errors. */
class OpenApiDocumentTest extends ServerTest {

    @Test
    void everyServedRouteIsDocumentedAndNothingElse() {
        ApiClient.Response r = api.get("/openapi.json", null);
        assertEquals(200, r.status());
        JsonNode doc = r.body();
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        TreeSet<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                JsonNode operation = path.getValue().get(method);
                assertTrue(operation.get("responses").size() > 0, method + " " + path.getKey());
            }
        }
        assertEquals(new TreeSet<>(server.routes().stream().map(ApiRoutes.Route::key).toList()), documented);
    }

    @Test
    void theEventSchemaListsExactlyTheEventTypesPushAccepts() {
        JsonNode schemas = api.get("/openapi.json", null).body().get("components").get("schemas");
        TreeSet<String> documented = new TreeSet<>();
        schemas.get("Event").get("properties").get("type").get("enum").forEach(t -> documented.add(t.asText()));
        TreeSet<String> served = new TreeSet<>();
        for (EventType type : EventType.values()) {
            served.add(type.name());
        }
        assertEquals(served, documented);
        JsonNode payload = schemas.get("Payload").get("properties");
        assertEquals("uuid", payload.get("arrival").get("format").asText(), "ARRIVAL_WITHDRAWN's arrival");
        assertTrue(schemas.get("RosterChange").get("properties").get("data").get("description").asText()
                .contains("schoolId"));
    }

    @Test
    void everySchemaReferenceResolves() {
        JsonNode doc = api.get("/openapi.json", null).body();
        JsonNode schemas = doc.get("components").get("schemas");
        TreeSet<String> missing = new TreeSet<>();
        collectRefs(doc, schemas, missing);
        assertEquals(new TreeSet<>(), missing);
    }

    private static void collectRefs(JsonNode node, JsonNode schemas, TreeSet<String> missing) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null) {
                String name = ref.asText().replace("#/components/schemas/", "");
                if (!schemas.has(name)) {
                    missing.add(name);
                }
            }
            node.elements().forEachRemaining(child -> collectRefs(child, schemas, missing));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectRefs(child, schemas, missing));
        }
    }
}
