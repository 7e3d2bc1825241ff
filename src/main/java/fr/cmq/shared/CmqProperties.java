package fr.cmq.shared;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The platform's own settings ({@code cmq.*}).
 *
 * @param dataDir everything the platform keeps on disk: the embedded database under {@code postgres/}, stored documents
 * @param documents limits on uploaded documents
 */
@ConfigurationProperties("cmq")
public record CmqProperties(@DefaultValue("./data") Path dataDir, @DefaultValue Documents documents) {

    /** @param maxSize the largest document accepted */
    public record Documents(@DefaultValue("20MB") DataSize maxSize) {
    }
}
