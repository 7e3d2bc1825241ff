package fr.cmq.shared.db;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
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
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(server.jdbcUrl())
                .username(EmbeddedPostgresServer.USER)
                .password(server.password())
                .build();
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !ExternalDatabase.isConfigured(context.getEnvironment());
        }
    }
}
