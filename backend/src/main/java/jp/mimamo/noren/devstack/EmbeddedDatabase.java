package jp.mimamo.noren.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An embedded PostgreSQL 17 prepared the way production is: an owner role that runs migrations, an app role
 * without superuser or BYPASSRLS that serves requests, and a stats role for head-office aggregates, plus a
 * database for Keycloak. URLs are built by hand: zonky's own URLs carry {@code ?user=postgres}, which would
 * make the app a superuser.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    public static final String DATABASE = "noren";
    public static final String KEYCLOAK_DATABASE = "keycloak";
    public static final String OWNER = "noren_owner";
    public static final String APP = "noren_app";
    public static final String STATS = "noren_stats";
    public static final String KEYCLOAK = "noren_keycloak";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** @param dataDirectory kept between runs when given; a throw-away one when null */
    public static EmbeddedDatabase start(Path dataDirectory, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "200");
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedDatabase database = new EmbeddedDatabase(builder.start());
            database.bootstrap();
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String url(String database) {
        return url("127.0.0.1", port(), database);
    }

    public static String url(String host, int port, String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** Connects as the superuser; for set-up and for tests that inspect the database from outside. */
    public Connection superuser(String database) throws SQLException {
        return DriverManager.getConnection(url(database), "postgres", "postgres");
    }

    /** The application's datasource settings for this database. */
    public Map<String, Object> applicationProperties() {
        return applicationProperties(url(DATABASE));
    }

    /** The application's datasource settings for a database prepared by {@link #prepare}. */
    public static Map<String, Object> applicationProperties(String url) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("datasources.default.url", url);
        properties.put("datasources.default.username", APP);
        properties.put("datasources.default.password", APP);
        properties.put("datasources.stats.url", url);
        properties.put("datasources.stats.username", STATS);
        properties.put("datasources.stats.password", STATS);
        properties.put("noren.database.owner-url", url);
        properties.put("noren.database.owner-username", OWNER);
        properties.put("noren.database.owner-password", OWNER);
        return properties;
    }

    private void bootstrap() {
        try (Connection c = superuser("postgres")) {
            prepare(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded PostgreSQL", e);
        }
    }

    /** Creates the roles and databases (idempotent), given a superuser connection to any PostgreSQL. */
    public static void prepare(Connection superuser) {
        try (Statement st = superuser.createStatement()) {
            for (String role : new String[]{OWNER, APP, STATS, KEYCLOAK}) {
                st.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + role + "') then "
                        + "create role " + role + " login password '" + role + "' nosuperuser nobypassrls; end if; end $$");
            }
            createDatabase(st, DATABASE, OWNER);
            createDatabase(st, KEYCLOAK_DATABASE, KEYCLOAK);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded PostgreSQL", e);
        }
    }

    private static void createDatabase(Statement st, String name, String owner) throws SQLException {
        try (var rs = st.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
            if (rs.next()) {
                return;
            }
        }
        st.execute("create database " + name + " owner " + owner + " encoding 'UTF8' template template0");
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
