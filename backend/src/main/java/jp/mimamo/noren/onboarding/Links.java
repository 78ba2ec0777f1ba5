package jp.mimamo.noren.onboarding;

import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;

import java.time.Instant;

/**
 * The single-use links of onboarding: {@code id.expires.nonce} signed for one purpose. The signature and the
 * expiry are checked here; the nonce is compared with the one stored, which is cleared when the link is used.
 */
@Singleton
class Links {
    static final String VERIFY = "verify";
    static final String EDIT = "edit";
    static final String INVITATION = "invitation";

    private final SignedTokens tokens;

    Links(SignedTokens tokens) {
        this.tokens = tokens;
    }

    record Link(long id, Instant expires, String nonce) {
    }

    String make(String purpose, long id, Instant expires, String nonce) {
        return tokens.sign(purpose, id + "." + expires.getEpochSecond() + "." + nonce);
    }

    /** A link that is not ours is 404; an expired one says so. */
    Link read(String purpose, String token) {
        String payload = tokens.verify(purpose, token).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "onboarding.link.invalid"));
        String[] parts = payload.split("\\.");
        if (parts.length != 3) {
            throw new ProblemException(ProblemType.NOT_FOUND, "onboarding.link.invalid");
        }
        Link link = new Link(Long.parseLong(parts[0]), Instant.ofEpochSecond(Long.parseLong(parts[1])), parts[2]);
        if (link.expires().isBefore(Instant.now())) {
            throw new ProblemException(ProblemType.INVALID_STATE, "onboarding.link.expired");
        }
        return link;
    }
}
