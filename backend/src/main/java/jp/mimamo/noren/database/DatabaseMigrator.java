package jp.mimamo.noren.database;

import io.micronaut.context.annotation.Context;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * Migrates the schema at start-up as the owner role, before anything else touches the database. The app
 * role never owns a table, so it can neither change the schema nor switch row-level security off.
 */
@Context
public class DatabaseMigrator {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseMigrator.class);

    public DatabaseMigrator(DatabaseSettings settings, io.micronaut.context.env.Environment environment) {
        String url = settings.ownerUrl() == null || settings.ownerUrl().isBlank()
                ? StatsDatasourceDefaults.appUrl(environment) : settings.ownerUrl();
        var result = Flyway.configure()
                .dataSource(url, settings.ownerUsername(), settings.ownerPassword())
                .locations("classpath:db/migration")
                .placeholders(Map.of("appRole", settings.appRole(), "statsRole", settings.statsRole()))
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("Applied {} migration(s); schema now at {}", result.migrationsExecuted, result.targetSchemaVersion);
        }
    }
}
