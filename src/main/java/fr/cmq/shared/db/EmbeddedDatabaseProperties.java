package fr.cmq.shared.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param resetOnStart wipe the embedded database directory before its first start in this JVM (tests)
 */
@ConfigurationProperties("cmq.embedded-database")
record EmbeddedDatabaseProperties(boolean resetOnStart) {
}
