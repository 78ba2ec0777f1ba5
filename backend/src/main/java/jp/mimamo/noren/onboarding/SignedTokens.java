package jp.mimamo.noren.onboarding;

import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/** HMAC-SHA256 over a payload and its purpose, so a token made for one use is refused for another. */
@Singleton
class SignedTokens {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final byte[] key;

    SignedTokens(OnboardingSettings settings) {
        String configured = settings.signingKey();
        if (configured == null || configured.isBlank()) {
            key = new byte[32];
            RANDOM.nextBytes(key);
        } else {
            key = configured.getBytes(StandardCharsets.UTF_8);
        }
    }

    String sign(String purpose, String payload) {
        return payload + "." + mac(purpose, payload);
    }

    /** The payload if the signature is right, else empty. */
    Optional<String> verify(String purpose, String token) {
        if (token == null || token.length() > 500) {
            return Optional.empty();
        }
        int dot = token.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String payload = token.substring(0, dot);
        byte[] expected = mac(purpose, payload).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(payload) : Optional.empty();
    }

    static String nonce() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private String mac(String purpose, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] sum = mac.doFinal((purpose + ":" + payload).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sum);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
