package fr.cmq.shared;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
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
 * @param map the base map under a campus's places
 */
@ConfigurationProperties("cmq")
public record CmqProperties(@DefaultValue("./data") Path dataDir, @DefaultValue Documents documents,
        @DefaultValue Imports imports, boolean https, @DefaultValue("http://localhost:8080") String siteUrl,
        @DefaultValue("Plateforme CMQ <ne-pas-repondre@cmq.localhost>") String mailFrom, @DefaultValue BaseMap map) {

    public CmqProperties {
        siteUrl = siteUrl.replaceAll("/+$", "");
    }

    /** @param maxSize the largest document accepted */
    public record Documents(@DefaultValue("20MB") DataSize maxSize) {
    }

    /**
     * The tiles of the base map, from a service the operator chose (IGN Géoplateforme, OpenStreetMap…): none by default,
     * and then a campus's places are listed without a map, never a broken one.
     *
     * @param tileUrl the tiles' address, with {z}, {x} and {y}: absolute (https://…) or on the platform itself (/…)
     * @param attribution the credit the service asks for, shown on the map
     */
    public record BaseMap(@Nullable String tileUrl, @DefaultValue("") String attribution) {

        /** A server's address as the pages' policy may name it: a scheme, a host, perhaps a port, nothing else. */
        private static final Pattern ORIGIN = Pattern.compile("^(https?://[A-Za-z0-9.-]+(?::[0-9]{1,5})?)(?:[/?]\\S*)?$");

        public BaseMap {
            tileUrl = tileUrl == null || tileUrl.isBlank() ? null : tileUrl.strip();
            if (tileUrl != null && !(tileUrl.contains("{z}") && tileUrl.contains("{x}") && tileUrl.contains("{y}")
                    && (ORIGIN.matcher(tileUrl).matches() || tileUrl.matches("^/[^/\\s]\\S*$")))) {
                throw new IllegalArgumentException("cmq.map.tile-url : une adresse https://… ou /… avec {z}, {x} et {y}");
            }
        }

        public boolean configured() {
            return tileUrl != null;
        }

        /** The origin the pages must allow images from: the tiles' server, or none when they are the platform's own. */
        public @Nullable String tileOrigin() {
            var origin = tileUrl == null ? null : ORIGIN.matcher(tileUrl);
            return origin != null && origin.matches() ? origin.group(1) : null;
        }
    }

    /** @param maxSize the largest import file accepted (a national Annuaire export is about 100 MB) */
    public record Imports(@DefaultValue("256MB") DataSize maxSize) {
    }
}
