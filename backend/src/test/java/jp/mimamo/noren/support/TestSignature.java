package jp.mimamo.noren.support;

import io.micronaut.context.annotation.Requires;
import io.micronaut.security.token.jwt.signature.rsa.RSASignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.security.interfaces.RSAPublicKey;

/** Lets the application under test accept tokens signed by {@link TestTokens}' key, beside Keycloak's JWKS. */
@Singleton
@Named("test")
@Requires(env = "test")
@Requires(property = "noren.test.signature", notEquals = "off")
class TestSignature implements RSASignatureConfiguration {
    @Override
    public RSAPublicKey getPublicKey() {
        return TestTokens.publicKey();
    }
}
