package jp.mimamo.noren.identity;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import jp.mimamo.noren.web.KeycloakSettings;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The few Keycloak admin REST calls Noren needs, made with the {@code noren-backend} service account.
 * Non-2xx answers come back as {@link Reply} so callers can tell "already exists" from "down".
 */
@Singleton
public class KeycloakAdmin {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final KeycloakSettings settings;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private volatile String token;
    private volatile Instant tokenExpires = Instant.EPOCH;

    KeycloakAdmin(KeycloakSettings settings, JsonMapper json) {
        this.settings = settings;
        this.json = json;
    }

    public record Reply(int status, String body, Optional<String> location) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    public Reply get(String path) {
        return send("GET", path, null);
    }

    public Reply post(String path, Object body) {
        return send("POST", path, body);
    }

    public Reply put(String path, Object body) {
        return send("PUT", path, body);
    }

    public Reply delete(String path, Object body) {
        return send("DELETE", path, body);
    }

    public JsonNode parse(String body) {
        try {
            return json.readValue(body, JsonNode.class);
        } catch (IOException e) {
            throw new IdentityUnavailable("Keycloak answered something that is not JSON", e);
        }
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Reply send(String method, String path, Object body) {
        Reply reply = exchange(method, path, body, bearer());
        if (reply.status() == 401) {
            tokenExpires = Instant.EPOCH;
            reply = exchange(method, path, body, bearer());
        }
        return reply;
    }

    private Reply exchange(String method, String path, Object body, String bearer) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(adminBase() + path))
                    .timeout(TIMEOUT)
                    .header("Authorization", "Bearer " + bearer)
                    .header("Accept", "application/json");
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(Argument.OBJECT_ARGUMENT, body)));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers().firstValue("Location"));
        } catch (IOException e) {
            throw new IdentityUnavailable("Keycloak could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdentityUnavailable("Interrupted while calling Keycloak", e);
        }
    }

    private String bearer() {
        if (token != null && Instant.now().isBefore(tokenExpires)) {
            return token;
        }
        synchronized (this) {
            if (token != null && Instant.now().isBefore(tokenExpires)) {
                return token;
            }
            String form = "grant_type=client_credentials&client_id=" + encode(settings.adminClientId())
                    + "&client_secret=" + encode(settings.adminClientSecret());
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(
                                settings.url() + "/realms/" + settings.realm() + "/protocol/openid-connect/token"))
                        .timeout(TIMEOUT)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IdentityUnavailable("Keycloak refused the service account: " + response.statusCode(), null);
                }
                Map<String, Object> grant = json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
                token = String.valueOf(grant.get("access_token"));
                long lifetime = ((Number) grant.getOrDefault("expires_in", 60)).longValue();
                tokenExpires = Instant.now().plusSeconds(Math.max(10, lifetime - 30));
                return token;
            } catch (IOException e) {
                throw new IdentityUnavailable("Keycloak could not be reached", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IdentityUnavailable("Interrupted while calling Keycloak", e);
            }
        }
    }

    private String adminBase() {
        return settings.url() + "/admin/realms/" + settings.realm();
    }

    public static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new java.util.ArrayList<>();
        array.values().forEach(items::add);
        return items;
    }
}
