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
 * @param imports limits on uploaded import files
 * @param https the platform is served over HTTPS (directly or behind a proxy): strict transport, secure cookies
 * @param siteUrl the address people reach the platform at, without a final slash: every absolute link the platform
 *        writes (e-mails, calendar feeds) starts with it, never with what a request says of its host
 * @param mailFrom the sender of the platform's e-mails
 */
@ConfigurationProperties("cmq")
public record CmqProperties(@DefaultValue("./data") Path dataDir, @DefaultValue Documents documents,
        @DefaultValue Imports imports, boolean https, @DefaultValue("http://localhost:8080") String siteUrl,
        @DefaultValue("Plateforme CMQ <ne-pas-repondre@cmq.localhost>") String mailFrom) {

    public CmqProperties {
        siteUrl = siteUrl.replaceAll("/+$", "");
    }

    /** @param maxSize the largest document accepted */
    public record Documents(@DefaultValue("20MB") DataSize maxSize) {
    }

    /** @param maxSize the largest import file accepted (a national Annuaire export is about 100 MB) */
    public record Imports(@DefaultValue("256MB") DataSize maxSize) {
    }
}
