package jp.mimamo.noren.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keycloak started from its Maven Central distribution ({@code kc.sh start-dev}) with a realm imported at
 * first start. Listens on 127.0.0.1; the host name is {@code localhost}, which is also the token issuer.
 */
public final class KeycloakServer implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path log;

    private KeycloakServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * @param home      an unpacked distribution (its data/ directory holds the import and, without a database, the store)
     * @param realmJson the realm to import when it does not exist yet
     * @param database  extra {@code --db*} options (empty: Keycloak's own dev store)
     */
    public static KeycloakServer start(Path home, int port, String realmJson, List<String> database, Map<String, String> environment,
                                       Duration timeout) {
        try {
            Path imports = home.resolve("data/import");
            Files.createDirectories(imports);
            Files.writeString(imports.resolve("mimamo-realm.json"), realmJson, StandardCharsets.UTF_8);
            Path script = home.resolve("bin/kc.sh");
            script.toFile().setExecutable(true);
            List<String> command = new ArrayList<>(List.of(script.toString(), "start-dev",
                    "--http-port=" + port, "--http-host=127.0.0.1", "--hostname=http://localhost:" + port,
                    "--import-realm"));
            command.addAll(database);
            Path log = home.resolve("keycloak.log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            builder.environment().putAll(environment);
            KeycloakServer server = new KeycloakServer(builder.start(), port, log);
            server.awaitRealm("mimamo", timeout);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak from " + home, e);
        }
    }

    public String url() {
        return "http://localhost:" + port;
    }

    private void awaitRealm(String realm, Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI probe = URI.create(url() + "/realms/" + realm + "/.well-known/openid-configuration");
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting:\n" + tail());
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep();
        }
        close();
        throw new IllegalStateException("Keycloak did not come up within " + timeout + ":\n" + tail());
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the script and the JVM it started. */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
