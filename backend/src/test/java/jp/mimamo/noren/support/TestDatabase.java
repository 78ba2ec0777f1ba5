package jp.mimamo.noren.support;

import jp.mimamo.noren.devstack.EmbeddedDatabase;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * One PostgreSQL 17 per test JVM: a Testcontainers one when a Docker engine answers, otherwise the
 * embedded one. Either way it is prepared with the same owner / app / stats roles as production.
 */
public final class TestDatabase {
    private static TestDatabase instance;

    private final String adminUrl;
    private final String adminUser;
    private final String adminPassword;
    private final String url;

    private TestDatabase(String host, int port, String adminUser, String adminPassword) {
        this.adminUrl = EmbeddedDatabase.url(host, port, "postgres");
        this.url = EmbeddedDatabase.url(host, port, EmbeddedDatabase.DATABASE);
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = dockerAnswers() ? container() : embedded();
            try (Connection c = instance.superuser("postgres")) {
                EmbeddedDatabase.prepare(c);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @SuppressWarnings("resource")
    private static TestDatabase container() {
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:17");
        container.start();
        return new TestDatabase(container.getHost(), container.getFirstMappedPort(), container.getUsername(), container.getPassword());
    }

    private static TestDatabase embedded() {
        EmbeddedDatabase database = EmbeddedDatabase.start(null, 0);
        Runtime.getRuntime().addShutdownHook(new Thread(database::close));
        return new TestDatabase("127.0.0.1", database.port(), "postgres", "postgres");
    }

    public String url() {
        return url;
    }

    public Map<String, Object> applicationProperties() {
        return EmbeddedDatabase.applicationProperties(url);
    }

    public Connection superuser(String database) throws SQLException {
        return DriverManager.getConnection(adminUrl.replace("/postgres", "/" + database), adminUser, adminPassword);
    }

    public Connection connect(String role) throws SQLException {
        return DriverManager.getConnection(url, role, role);
    }
}
