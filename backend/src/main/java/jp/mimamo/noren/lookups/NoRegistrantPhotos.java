package jp.mimamo.noren.lookups;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.Optional;

/** No photos: the look-up shows none until a bean that reads the registry's photos replaces this one. */
@Singleton
@Secondary
class NoRegistrantPhotos implements RegistrantPhotos {
    @Override
    public Optional<String> photo(Connection c, String region, long registrantId) {
        return Optional.empty();
    }
}
