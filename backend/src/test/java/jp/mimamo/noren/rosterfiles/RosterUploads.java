package jp.mimamo.noren.rosterfiles;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.TestTokens;

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

/** A region admin's side of the roster files: uploads a file for a preview, applies it and waits for the result. */
final class RosterUploads {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final JsonMapper json;
    private final String region;
    private final Api admin;

    RosterUploads(URI base, JsonMapper json, String region) {
        this.base = base;
        this.json = json;
        this.region = region;
        this.admin = new Api(base, json).as(TestTokens.regionAdmin(region));
    }

    Api admin() {
        return admin;
    }

    String path(String rest) {
        return "/api/v1/regions/" + region + rest;
    }

    HttpResponse<String> upload(byte[] file, String fileName, String encoding) {
        String query = "?fileName=" + URLEncoder.encode(fileName, StandardCharsets.UTF_8) + (encoding.isEmpty() ? "" : "&encoding=" + encoding);
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path("/roster/import/preview" + query)))
                .header("Authorization", "Bearer " + TestTokens.regionAdmin(region)).header("Accept-Language", "ja")
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(file)).build();
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    JsonNode preview(byte[] file, String fileName, String encoding) {
        HttpResponse<String> reply = upload(file, fileName, encoding);
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        return read(reply.body());
    }

    /** Applies a preview and waits for the background job; the import's final status. */
    JsonNode apply(String importId) {
        Api.Reply started = admin.post(path("/roster/import/" + importId + "/apply"), "{}");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return waitFor(importId);
    }

    JsonNode waitFor(String importId) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (true) {
            Api.Reply status = admin.get(path("/roster/import/" + importId));
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

    HttpResponse<byte[]> get(String rest) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path(rest)))
                .header("Authorization", "Bearer " + TestTokens.regionAdmin(region)).GET().build();
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
