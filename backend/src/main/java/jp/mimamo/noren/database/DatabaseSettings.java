package jp.mimamo.noren.database;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/** Where migrations run (the owner role) and which roles they grant to. */
@ConfigurationProperties("noren.database")
public record DatabaseSettings(@Nullable String ownerUrl, String ownerUsername, String ownerPassword, String appRole, String statsRole) {
}
