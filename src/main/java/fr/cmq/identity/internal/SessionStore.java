package fr.cmq.identity.internal;

import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariDataSource;

import fr.cmq.shared.db.BesideThePool;

/**
 * The signed-in sessions live in PostgreSQL (tables of V36), so that every instance of the platform serves them. They
 * are read and saved through a small pool of their own: a session is saved when its answer starts to leave, while
 * the page may still hold its connection of the main pool, and waiting there for a second one could starve it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableSpringHttpSession
class SessionStore {

    private static final int CONNECTIONS = 4;

    /** The sessions' pool, on the same database as the main one; closed with the application. */
    record SessionConnections(HikariDataSource pool) implements AutoCloseable {

        @Override
        public void close() {
            pool.close();
        }
    }

    @Bean
    SessionConnections sessionConnections(DataSource dataSource) throws SQLException {
        return new SessionConnections(BesideThePool.pool(dataSource, "sessions", CONNECTIONS));
    }

    @Bean
    JdbcIndexedSessionRepository sessionRepository(SessionConnections connections,
            @Value("${spring.session.timeout:30m}") Duration timeout) {
        var pool = connections.pool();
        var repository = new JdbcIndexedSessionRepository(new JdbcTemplate(pool),
                new TransactionTemplate(new DataSourceTransactionManager(pool)));
        repository.setDefaultMaxInactiveInterval(timeout);
        // the application's class loader, which knows the classes a session holds (a packaged jar's own loader)
        var classLoader = SessionStore.class.getClassLoader();
        var conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversions.addConverter(byte[].class, Object.class, new DeserializingConverter(classLoader));
        repository.setConversionService(conversions);
        return repository;
    }
}
