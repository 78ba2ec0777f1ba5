package jp.mimamo.noren.database;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.BeanInitializedEventListener;
import io.micronaut.context.event.BeanInitializingEvent;
import jakarta.inject.Singleton;

/**
 * The stats role usually reads the same database as the app role: when {@code STATS_DATASOURCE_URL} is not
 * set, its connection uses the app's URL. (A placeholder nested in another placeholder's default is not
 * resolved by the configuration files, so this fallback lives here.)
 */
@Singleton
class StatsDatasourceDefaults implements BeanInitializedEventListener<DatasourceConfiguration> {
    private final Environment environment;

    StatsDatasourceDefaults(Environment environment) {
        this.environment = environment;
    }

    @Override
    public DatasourceConfiguration onInitialized(BeanInitializingEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        String url = configuration.getConfiguredUrl();
        if ("stats".equals(configuration.getName()) && (url == null || url.isBlank())) {
            configuration.setUrl(appUrl(environment));
        }
        return configuration;
    }

    static String appUrl(Environment environment) {
        return environment.getProperty("datasources.default.url", String.class)
                .orElseThrow(() -> new IllegalStateException("datasources.default.url (DATASOURCE_URL) is not set"));
    }
}
