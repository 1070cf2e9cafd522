package uk.registerly.server.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every page a device pulls from a cursor until {@code hasMore} is false, as the app applies them:
 * the events, the roster changes (SCOPE notices apart; each must be the first roster entry of its page),
 * the cursor to store, and the raw text of the pages (to look for what must not be there).
 */
public record FullPull(List<JsonNode> events, List<JsonNode> roster, List<JsonNode> scopes, String next, String text) {

    public static FullPull from(ApiClient api, String token, String since, int limit) {
        List<JsonNode> events = new ArrayList<>();
        List<JsonNode> roster = new ArrayList<>();
        List<JsonNode> scopes = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String cursor = since;
        for (int pages = 0; pages < 100_000; pages++) {
            ApiClient.Response page = api.get("/api/v1/sync/pull?since=" + cursor + "&limit=" + limit, token);
            assertEquals(200, page.status(), page.toString());
            text.append(page.raw().body());
            page.body().get("events").forEach(events::add);
            int position = 0;
            for (JsonNode change : page.body().get("roster")) {
                if (change.get("kind").asText().equals("SCOPE")) {
                    assertEquals(0, position, "a SCOPE notice comes first in its page: " + page);
                    scopes.add(change.get("data"));
                } else {
                    roster.add(change);
                }
                position++;
            }
            cursor = page.text("next");
            if (!page.body().get("hasMore").asBoolean()) {
                return new FullPull(events, roster, scopes, cursor, text.toString());
            }
        }
        throw new AssertionError("the pull never ends");
    }

    /** Everything from the start, a thousand rows a page. */
    public static FullPull from(ApiClient api, String token) {
        return from(api, token, "0", 1000);
    }

    public Set<String> eventIds() {
        Set<String> ids = new TreeSet<>();
        events.forEach(e -> ids.add(e.get("id").asText()));
        return ids;
    }

    public Set<String> pupilsOfEvents() {
        Set<String> ids = new TreeSet<>();
        events.stream().filter(e -> e.has("pupil")).forEach(e -> ids.add(e.get("pupil").asText())); // school-wide: none
        return ids;
    }

    /** The ids of the roster rows of {@code kind}. */
    public Set<String> entityIds(String kind) {
        Set<String> ids = new TreeSet<>();
        roster.stream().filter(r -> r.get("kind").asText().equals(kind)).forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }
}
