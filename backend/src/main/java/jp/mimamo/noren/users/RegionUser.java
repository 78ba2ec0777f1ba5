package jp.mimamo.noren.users;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A person of the region as the region admin sees them. */
@Serdeable
public record RegionUser(String id, String username, String email, String firstName, String lastName, boolean enabled,
                         List<String> roles) {
}
