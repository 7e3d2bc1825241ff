package fr.cmq.shared.db;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param resetOnStart wipe the embedded database directory before its first start in this JVM (tests)
 * @param durable keep PostgreSQL's durable settings ({@code fsync}, {@code synchronous_commit}); only a test suite,
 *        whose database is thrown away, may turn them off for speed
 */
@ConfigurationProperties("cmq.embedded-database")
record EmbeddedDatabaseProperties(boolean resetOnStart, @DefaultValue("true") boolean durable) {
}
