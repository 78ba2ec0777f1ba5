package jp.mimamo.noren.database;

import io.micronaut.context.annotation.ConfigurationProperties;

/** Where migrations run (the owner role) and which roles they grant to. */
@ConfigurationProperties("noren.database")
public record DatabaseSettings(String ownerUrl, String ownerUsername, String ownerPassword, String appRole, String statsRole) {
}
