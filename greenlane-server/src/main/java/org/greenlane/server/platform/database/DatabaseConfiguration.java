package org.greenlane.server.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.greenlane.server.platform.GreenlaneProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * One DataSource for the whole platform: external PostgreSQL when GREENLANE_DB_URL is set,
 * otherwise the embedded server. Declared here, not through spring.datasource.*, so that the
 * embedded server is stopped only after the pool that uses it.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    @Conditional(Embedded.class)
    EmbeddedDatabase embeddedDatabase(GreenlaneProperties properties) {
        return EmbeddedDatabase.start(properties.var().resolve("postgres"));
    }

    @Bean(destroyMethod = "close")
    @Conditional(Embedded.class)
    HikariDataSource embeddedDataSource(EmbeddedDatabase database) {
        return pool(database.jdbcUrl(), database.user(), null);
    }

    @Bean(destroyMethod = "close")
    @Conditional(External.class)
    HikariDataSource externalDataSource(GreenlaneProperties properties) {
        return pool(properties.db().url(), properties.db().user(), properties.db().password());
    }

    private static HikariDataSource pool(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("greenlane");
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(20);
        config.setConnectionTimeout(10_000);
        return new HikariDataSource(config);
    }

    static final class External implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("greenlane.db.url"));
        }
    }

    static final class Embedded implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !new External().matches(context, metadata);
        }
    }
}
