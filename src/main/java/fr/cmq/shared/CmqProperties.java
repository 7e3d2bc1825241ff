package fr.cmq.shared;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform's own settings ({@code cmq.*}).
 *
 * @param dataDir everything the platform keeps on disk: the embedded database under {@code postgres/}, stored documents
 */
@ConfigurationProperties("cmq")
public record CmqProperties(@DefaultValue("./data") Path dataDir) {
}
