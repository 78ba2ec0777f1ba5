package jp.mimamo.noren.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The complete set of region roles a person should have. */
@Serdeable
public record RolesForm(@Nullable List<String> roles) {
}
