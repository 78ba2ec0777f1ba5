package jp.mimamo.noren.registrants;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A registrant's photo as kept: at most 800 px, JPEG or PNG, without metadata.
 *
 * @param image     the picture itself
 * @param updatedBy who uploaded it
 */
public record RegistrantPhoto(long registrantId, Image image, String updatedBy, Instant updatedAt) {

    /** The bytes of a cleaned picture and what they are. */
    public record Image(byte[] bytes, String mediaType, int width, int height) {
    }

    /** What the registrant page shows about the photo (the picture itself is fetched from its own address). */
    @Serdeable
    public record View(boolean present, String mediaType, Integer width, Integer height, Instant updatedAt) {
        static View none() {
            return new View(false, null, null, null, null);
        }
    }

    View view() {
        return new View(true, image.mediaType(), image.width(), image.height(), updatedAt);
    }
}
