package jp.mimamo.noren.registryfiles;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jp.mimamo.noren.support.Api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** One person's side of the registry files: uploads a file for a preview, applies it and waits, exports. */
final class RegistryUploads {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final JsonMapper json;
    private final String region;
    private final String token;
    private final Api api;

    RegistryUploads(URI base, JsonMapper json, String region, String token) {
        this.base = base;
        this.json = json;
        this.region = region;
        this.token = token;
        this.api = new Api(base, json).as(token);
    }

    Api api() {
        return api;
    }

    String path(String rest) {
        return "/api/v1/regions/" + region + rest;
    }

    HttpResponse<String> upload(byte[] file, String fileName, String query) {
        String q = "?fileName=" + URLEncoder.encode(fileName, StandardCharsets.UTF_8) + (query.isEmpty() ? "" : "&" + query);
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path("/registry/import/preview" + q)))
                .header("Authorization", "Bearer " + token).header("Accept-Language", "ja")
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(file)).build();
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    JsonNode preview(byte[] file, String fileName, String query) {
        HttpResponse<String> reply = upload(file, fileName, query);
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        return read(reply.body());
    }

    /** Applies a preview and waits for the background job; the import's final status. */
    JsonNode apply(String importId) {
        Api.Reply started = api.post(path("/registry/import/" + importId + "/apply"), "{}");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        Instant deadline = Instant.now().plusSeconds(900);
        while (true) {
            Api.Reply status = api.get(path("/registry/import/" + importId));
            assertThat(status.status()).as(status.toString()).isEqualTo(200);
            JsonNode node = status.json();
            if (!"applying".equals(node.get("status").getStringValue())) {
                return node;
            }
            assertThat(Instant.now()).as("the import finishes").isBefore(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    HttpResponse<byte[]> export(String query) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path("/registry/export" + (query.isEmpty() ? "" : "?" + query))))
                .header("Authorization", "Bearer " + token).header("Accept-Language", "ja").GET().build();
        return send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    JsonNode read(String body) {
        try {
            return json.readValue(body, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return CLIENT.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
