package uk.registerly.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.registerly.server.http.Json;
import uk.registerly.server.http.OpenApiRoute;

/**
 * The server's OpenAPI document as a contract every test exchange is held to ({@link ApiClient} checks
 * each one): a request the server accepted must be one the document allows, and every answer must be
 * documented for its operation and status and valid against its schema (JSON Schema 2020-12 with the
 * OpenAPI 3.1 dialect, formats asserted, by networknt's validator).
 */
public final class OpenApiContract {

    /** The document's own address: its schemas refer to each other under it. */
    static final String BASE = "https://registerly.example/openapi.json";

    private static final OpenApiContract SERVED = new OpenApiContract(
            new String(OpenApiRoute.load(), StandardCharsets.UTF_8));

    /** One operation of the document. */
    public record Operation(String method, String template, Pattern pattern, List<String> names, String pointer,
                            JsonNode node) {
    }

    private final JsonNode document;
    private final SchemaRegistry registry;
    private final List<Operation> operations = new ArrayList<>();
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private OpenApiContract(String text) {
        this.document = Json.parse(text);
        this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(), builder -> builder
                .schemas(Map.of(BASE, text))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            List<String> names = new ArrayList<>();
            Matcher m = Pattern.compile("\\{([^/}]+)}").matcher(path.getKey());
            StringBuilder regex = new StringBuilder();
            int last = 0;
            while (m.find()) {
                regex.append(Pattern.quote(path.getKey().substring(last, m.start()))).append("([^/]+)");
                names.add(m.group(1));
                last = m.end();
            }
            regex.append(Pattern.quote(path.getKey().substring(last)));
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                operations.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                        Pattern.compile(regex.toString()), names,
                        "/paths/" + escape(path.getKey()) + "/" + op.getKey(), op.getValue()));
            }
        }
    }

    public static OpenApiContract served() {
        return SERVED;
    }

    public JsonNode document() {
        return document;
    }

    public List<Operation> operations() {
        return operations;
    }

    /** The operation serving {@code method} and {@code uri}'s path, if the document has one. */
    public Optional<Operation> operation(String method, URI uri) {
        String path = uri.getRawPath();
        return operations.stream().filter(o -> o.method().equals(method) && o.pattern().matcher(path).matches()).findFirst();
    }

    /** What in the request the document refuses: parameters and body against the operation's schemas. */
    public List<String> requestProblems(Operation op, URI uri, String contentType, String body) {
        List<String> problems = new ArrayList<>();
        Map<String, String> path = new LinkedHashMap<>();
        Matcher m = op.pattern().matcher(uri.getRawPath());
        if (m.matches()) {
            for (int i = 0; i < op.names().size(); i++) {
                path.put(op.names().get(i), decode(m.group(i + 1)));
            }
        }
        Map<String, String> query = query(uri);
        JsonNode parameters = op.node().path("parameters");
        for (int i = 0; i < parameters.size(); i++) {
            JsonNode p = parameters.get(i);
            String name = p.get("name").asText();
            String value = "path".equals(p.get("in").asText()) ? path.get(name) : query.get(name);
            if (value != null && "query".equals(p.get("in").asText()) && value.isBlank()) {
                value = null; // the server reads an empty query value as an absent one (ParamTypes)
            }
            if (value == null) {
                if (p.path("required").asBoolean()) {
                    problems.add("parameter " + name + " is required");
                }
                continue;
            }
            // A parameter is text on the wire: for an integer parameter, a whole number (spaces ignored, as
            // the server's converters do) stands for the integer; anything else stays text and is refused.
            JsonNode schema = resolve(p.get("schema"));
            JsonNode instance = "integer".equals(schema.path("type").asText()) && value.trim().matches("-?[0-9]{1,9}")
                    ? IntNode.valueOf(Integer.parseInt(value.trim())) : TextNode.valueOf(value);
            for (Error e : schema(op.pointer() + "/parameters/" + i + "/schema").validate(instance)) {
                problems.add("parameter " + name + ": " + e.getMessage());
            }
        }
        JsonNode requestBody = op.node().get("requestBody");
        if (requestBody != null) {
            String media = media(contentType);
            JsonNode content = requestBody.get("content");
            if (body == null || body.isEmpty()) {
                if (requestBody.path("required").asBoolean()) {
                    problems.add("the body is required");
                }
            } else if (!content.has(media)) {
                problems.add("a body of type " + media + " is not documented (" + content.fieldNames().next() + ")");
            } else {
                JsonNode instance = media.equals("application/json") ? parseOrNull(body) : TextNode.valueOf(body);
                if (instance == null) {
                    problems.add("the body is not JSON");
                } else {
                    for (Error e : schema(op.pointer() + "/requestBody/content/" + escape(media) + "/schema").validate(instance)) {
                        problems.add("body " + e.getInstanceLocation() + ": " + e.getMessage());
                    }
                }
            }
        }
        return problems;
    }

    /** What in the answer the document does not describe: its status, its media type, its body. */
    public List<String> responseProblems(Operation op, int status, String contentType, String body) {
        List<String> problems = new ArrayList<>();
        String key = Integer.toString(status);
        // "default" would document any status: this document lists each one.
        JsonNode responses = op.node().get("responses");
        JsonNode response = responses.has(key) ? responses.get(key) : responses.get("default");
        if (response == null) {
            problems.add(op.method() + " " + op.template() + " does not document status " + status);
            return problems;
        }
        JsonNode resolved = resolve(response);
        String media = media(contentType);
        JsonNode content = resolved.path("content");
        if (!content.has(media)) {
            problems.add("status " + status + " with " + media + " is not documented (" + content + ")");
            return problems;
        }
        if (media.equals("application/json")) {
            String pointer = response.has("$ref") ? response.get("$ref").asText().substring(1)
                    : op.pointer() + "/responses/" + status;
            problems.addAll(validate(pointer + "/content/" + escape(media) + "/schema", body));
        }
        return problems;
    }

    /** An answer on a path the document does not have (a 404, a 405): it must still be an Error. */
    public List<String> errorProblems(String body) {
        return validate("/components/schemas/Error", body);
    }

    /** Problems of {@code body} (JSON text) against the schema at {@code pointer}. */
    public List<String> validate(String pointer, String body) {
        JsonNode instance = parseOrNull(body);
        if (instance == null) {
            return List.of("the body is not JSON: " + body);
        }
        List<String> problems = new ArrayList<>();
        for (Error e : schema(pointer).validate(instance)) {
            problems.add(e.getInstanceLocation() + ": " + e.getMessage());
        }
        return problems;
    }

    private Schema schema(String pointer) {
        return schemas.computeIfAbsent(pointer, p -> registry.getSchema(SchemaLocation.of(BASE + "#" + p)));
    }

    private JsonNode resolve(JsonNode node) {
        if (!node.has("$ref")) {
            return node;
        }
        return document.at(node.get("$ref").asText().substring(1));
    }

    private static String media(String contentType) {
        return contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    }

    private static JsonNode parseOrNull(String text) {
        try {
            return Json.MAPPER.readTree(text);
        } catch (Exception e) {
            return null;
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                values.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return values;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** A JSON pointer token: "~" and "/" escaped. */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
