package jp.mimamo.noren.tenancy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestTokens;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Works at night: once the realm's keys have been fetched, tokens keep validating while the identity server is
 * down (micronaut-security-jwt keeps the key set for {@code cache-expiration} seconds, 3600 in application.yml).
 * The keys are served here by a stand-in for Keycloak's certs endpoint, which the test then stops.
 */
@MicronautTest
class CachedSigningKeysTest extends ApiTestBase {
    private static final AtomicInteger FETCHES = new AtomicInteger();
    private static final HttpServer KEYS = serveKeys();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("noren.test.signature", "off");
        properties.put("micronaut.security.token.jwt.signatures.jwks.keycloak.url",
                "http://127.0.0.1:" + KEYS.getAddress().getPort() + "/realms/mimamo/protocol/openid-connect/certs");
        return properties;
    }

    @jakarta.inject.Inject
    java.util.Collection<io.micronaut.security.token.jwt.signature.jwks.JwksSignatureConfiguration> keySets;

    @Test
    void theRealmsKeysAreKeptForAnHour() {
        assertThat(keySets).singleElement().satisfies(keys -> assertThat(keys.getCacheExpiration()).isEqualTo(3600));
    }

    @Test
    void tokensKeepValidatingWhileTheIdentityServerIsDownButForeignKeysNeverDo() throws Exception {
        String path = "/api/v1/regions/yamato/responder-profile";
        String before = responderToken();
        assertThat(api().as(before).get(path).status()).isEqualTo(200);
        assertThat(FETCHES.get()).isEqualTo(1);

        KEYS.stop(0);

        assertThat(api().as(before).get(path).status()).as("a token issued before the outage").isEqualTo(200);
        assertThat(api().as(responderToken()).get(path).status()).as("a token issued during the outage").isEqualTo(200);
        assertThat(api().as(foreignToken()).get(path).status()).as("a token signed by a key the realm never had").isEqualTo(401);
        assertThat(FETCHES.get()).isEqualTo(1);
    }

    private static String responderToken() {
        return TestTokens.token("night-responder", List.of("responder"), List.of("yamato"));
    }

    private static String foreignToken() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder().issuer(TestTokens.ISSUER)
                .claim("preferred_username", "forger").claim("roles", List.of("responder")).claim("organization", List.of("yamato"))
                .expirationTime(Date.from(Instant.now().plusSeconds(600))).build());
        jwt.sign(new RSASSASigner(generator.generateKeyPair().getPrivate()));
        return jwt.serialize();
    }

    private static HttpServer serveKeys() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/realms/mimamo/protocol/openid-connect/certs", exchange -> {
                FETCHES.incrementAndGet();
                byte[] body = TestTokens.jwks().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
