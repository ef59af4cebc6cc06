package cat.digicanvis.portal.web.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The API reference page (api-reference.xhtml): the OpenAPI document that Payara Micro builds from the API's
 * annotations ({@code /openapi}), read once from this server and shown as plain HTML, with no script and no
 * third-party viewer.
 */
@Named
@ApplicationScoped
public class ApiReferenceView {

    public record Operation(String method, String path, String summary, String description, List<Parameter> parameters,
                            List<Response> responses, String anchor) {
    }

    public record Parameter(String name, String in, boolean required, String description, String example) {
    }

    public record Response(String code, String description, String example) {
    }

    private volatile List<Operation> operations;
    private volatile String title;
    private volatile String version;

    public List<Operation> getOperations() {
        load();
        return operations;
    }

    public String getTitle() {
        load();
        return title;
    }

    public String getVersion() {
        load();
        return version;
    }

    private void load() {
        if (operations != null) {
            return;
        }
        HttpServletRequest req = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        try {
            HttpResponse<String> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + req.getLocalPort() + "/openapi"))
                            .header("Accept", "application/json").timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonObject doc = Json.createReader(new StringReader(r.body())).readObject();
            JsonObject info = doc.getJsonObject("info");
            title = info == null ? "" : info.getString("title", "");
            version = info == null ? "" : info.getString("version", "");
            operations = parse(doc);
        } catch (java.io.IOException | InterruptedException | RuntimeException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("could not read the OpenAPI document", e);
        }
    }

    static List<Operation> parse(JsonObject doc) {
        List<Operation> out = new ArrayList<>();
        JsonObject paths = doc.getJsonObject("paths");
        if (paths == null) {
            return out;
        }
        for (Map.Entry<String, JsonValue> p : paths.entrySet()) {
            for (Map.Entry<String, JsonValue> m : p.getValue().asJsonObject().entrySet()) {
                if (!List.of("get", "post", "put", "patch", "delete").contains(m.getKey())) {
                    continue;
                }
                JsonObject op = m.getValue().asJsonObject();
                List<Parameter> params = new ArrayList<>();
                if (op.containsKey("parameters")) {
                    for (JsonValue v : op.getJsonArray("parameters")) {
                        JsonObject pa = v.asJsonObject();
                        params.add(new Parameter(pa.getString("name", ""), pa.getString("in", ""),
                                pa.getBoolean("required", false), pa.getString("description", ""),
                                pa.containsKey("example") ? text(pa.get("example")) : ""));
                    }
                }
                List<Response> responses = new ArrayList<>();
                if (op.containsKey("responses")) {
                    for (Map.Entry<String, JsonValue> rs : op.getJsonObject("responses").entrySet()) {
                        JsonObject ro = rs.getValue().asJsonObject();
                        responses.add(new Response(rs.getKey(), ro.getString("description", ""), example(ro)));
                    }
                }
                String method = m.getKey().toUpperCase(java.util.Locale.ROOT);
                out.add(new Operation(method, p.getKey(), op.getString("summary", ""), op.getString("description", ""),
                        params, responses, (method + p.getKey()).replaceAll("[^A-Za-z0-9]+", "-")));
            }
        }
        out.sort(java.util.Comparator.comparing(Operation::path).thenComparing(Operation::method));
        return out;
    }

    private static String example(JsonObject response) {
        JsonObject content = response.getJsonObject("content");
        if (content == null) {
            return "";
        }
        for (JsonValue media : content.values()) {
            JsonObject mo = media.asJsonObject();
            if (mo.containsKey("example")) {
                return text(mo.get("example"));
            }
            if (mo.containsKey("examples")) {
                for (JsonValue ex : mo.getJsonObject("examples").values()) {
                    if (ex.asJsonObject().containsKey("value")) {
                        return text(ex.asJsonObject().get("value"));
                    }
                }
            }
        }
        return "";
    }

    private static String text(JsonValue v) {
        return v.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) v).getString() : v.toString();
    }
}
