package fr.cmq.shared.db;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

import com.zaxxer.hikari.HikariDataSource;

import fr.cmq.shared.CmqProperties;

/**
 * Without {@code spring.datasource.url}, the platform runs its own PostgreSQL, kept under {@code <data-dir>/postgres}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(CmqProperties properties, EmbeddedDatabaseProperties embedded) {
        var server = EmbeddedPostgresServer.startOnce(properties.dataDir().resolve("postgres"), embedded.resetOnStart(),
                embedded.durable());
        var dataSource = new PoolOnEmbeddedServer(server);
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(EmbeddedPostgresServer.USER);
        dataSource.setPassword(server.password());
        return dataSource;
    }

    /** A pool that tells the server when it has closed, so that the server outlives it at the JVM's exit. */
    static final class PoolOnEmbeddedServer extends HikariDataSource {

        private final EmbeddedPostgresServer server;
        private final AtomicBoolean closed = new AtomicBoolean();

        PoolOnEmbeddedServer(EmbeddedPostgresServer server) {
            this.server = server;
            server.poolOpened();
        }

        @Override
        public void close() {
            try {
                super.close();
            } finally {
                if (closed.compareAndSet(false, true)) {
                    server.poolClosed();
                }
            }
        }
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !ExternalDatabase.isConfigured(context.getEnvironment());
        }
    }
}
