package jp.mimamo.noren.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Tokens shaped like Keycloak's (issuer, roles, organization), signed with a key made for this test JVM. */
public final class TestTokens {
    public static final String ISSUER = "http://127.0.0.1:9/realms/mimamo";
    private static final KeyPair KEYS = generate();

    private TestTokens() {
    }

    public static String regionAdmin(String region) {
        return token(region + "-admin", List.of("region-admin"), List.of(region));
    }

    public static String centreStaff(String region) {
        return token(region + "-staff", List.of("centre-staff"), List.of(region));
    }

    public static String headOffice() {
        return token("hq", List.of("hq"), List.of());
    }

    public static String token(String username, List<String> roles, List<String> regions) {
        return sign(username, roles, regions, ISSUER);
    }

    public static String sign(String username, List<String> roles, List<String> regions, String issuer) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("sub-" + username)
                .claim("preferred_username", username)
                .claim("name", username)
                .claim("roles", roles)
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(600)));
        if (!regions.isEmpty()) {
            claims.claim("organization", regions);
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
            jwt.sign(new RSASSASigner(KEYS.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key as a JSON Web Key Set, as Keycloak's certs endpoint serves the realm's keys. */
    public static String jwks() {
        return new com.nimbusds.jose.jwk.JWKSet(new com.nimbusds.jose.jwk.RSAKey.Builder(publicKey())
                .keyUse(com.nimbusds.jose.jwk.KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build()).toString();
    }

    static RSAPublicKey publicKey() {
        return (RSAPublicKey) KEYS.getPublic();
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
