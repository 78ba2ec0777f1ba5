package jp.mimamo.noren.support;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jp.mimamo.noren.devstack.KeycloakServer;
import jp.mimamo.noren.devstack.LocalMailServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One real Keycloak per test JVM, started from the distribution the build unpacked into .noren/, with the
 * demo realm (in memory, so every run starts clean) and a GreenMail SMTP server as its mail server.
 */
public final class KeycloakFixture {
    public static final String DEMO_PASSWORD = "mimamo-demo";
    private static KeycloakFixture instance;

    private final KeycloakServer server;
    private final int smtpPort;
    private LocalMailServer mail;

    private KeycloakFixture(KeycloakServer server, LocalMailServer mail, int smtpPort) {
        this.server = server;
        this.mail = mail;
        this.smtpPort = smtpPort;
    }

    public static synchronized KeycloakFixture get() {
        if (instance == null) {
            int smtpPort = freePort();
            LocalMailServer mail = LocalMailServer.start(smtpPort);
            Path repository = Path.of(System.getProperty("noren.repo", ".."));
            String realm = forAnyLocalPort(read(repository.resolve("infra/keycloak/mimamo-realm.json")));
            KeycloakServer server = KeycloakServer.start(distribution(), freePort(), realm, List.of("--db=dev-mem"),
                    Map.of("NOREN_SMTP_HOST", "127.0.0.1", "NOREN_SMTP_PORT", String.valueOf(smtpPort)), Duration.ofMinutes(4));
            instance = new KeycloakFixture(server, mail, smtpPort);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                instance.mail.close();
            }));
        }
        return instance;
    }

    public String url() {
        return server.url();
    }

    public LocalMailServer mail() {
        return mail;
    }

    /** Stops the mail server, to see how Noren behaves when mail cannot be sent. */
    public void stopMail() {
        mail.close();
    }

    public void startMail() {
        mail = LocalMailServer.start(smtpPort);
    }

    /** A real access token for a demo user, through the noren-cli client's direct grant. */
    public String token(String username) {
        HttpResponse<String> response = passwordGrant(username, DEMO_PASSWORD);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No token for " + username + ": " + response.body());
        }
        try {
            Map<String, Object> grant = JsonMapper.createDefault().readValue(response.body(), Argument.mapOf(String.class, Object.class));
            return String.valueOf(grant.get("access_token"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public HttpResponse<String> passwordGrant(String username, String password) {
        String form = "grant_type=password&client_id=noren-cli&scope=openid&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url() + "/realms/mimamo/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Application settings that make Noren trust this Keycloak only (the test signing key is switched off). */
    public Map<String, String> applicationProperties() {
        return Map.of("noren.keycloak.url", url(), "noren.test.signature", "off");
    }

    /** A private copy of the unpacked distribution: Keycloak writes into its home while it runs. */
    private static Path distribution() {
        Path home = Path.of(System.getProperty("noren.home", "../.noren"));
        Path source = home.resolve("keycloak-" + System.getProperty("keycloak.version", "26.5.0"));
        Path copy = Path.of("target/keycloak-it");
        if (!Files.exists(copy.resolve("bin/kc.sh"))) {
            copyTree(source, copy);
        }
        return copy.toAbsolutePath();
    }

    private static void copyTree(Path source, Path target) {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path destination = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(path, destination);
                    destination.toFile().setExecutable(path.toFile().canExecute());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy Keycloak from " + source + " (run the build once so it is unpacked)", e);
        }
    }

    /** The tests' application runs on a random port: let the SPA client redirect to, and call from, any local port. */
    @SuppressWarnings("unchecked")
    private static String forAnyLocalPort(String realmJson) {
        try {
            JsonMapper json = JsonMapper.createDefault();
            Map<String, Object> realm = json.readValue(realmJson, Argument.mapOf(String.class, Object.class));
            for (Object client : (List<Object>) realm.get("clients")) {
                Map<String, Object> c = (Map<String, Object>) client;
                if ("noren-spa".equals(c.get("clientId"))) {
                    c.put("redirectUris", List.of("http://localhost:*"));
                    c.put("webOrigins", List.of("*"));
                }
            }
            return new String(json.writeValueAsBytes(realm), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
