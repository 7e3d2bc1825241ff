package fr.cmq.identity.internal.proconnect;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * ProConnect's settings ({@code cmq.proconnect.*}, from {@code CMQ_PROCONNECT_*}): the provider's discovery address
 * (or its issuer), the platform's client id and secret as ProConnect registered them, and the least eIDAS level
 * accepted — for everyone, and for the national administration, which may be asked more.
 */
@ConfigurationProperties("cmq.proconnect")
public record ProConnectProperties(@Nullable String issuer, @Nullable String clientId, @Nullable String clientSecret,
        @DefaultValue("eidas1") String acr, @Nullable String administrationAcr) {

    private static final String DISCOVERY = "/.well-known/openid-configuration";

    /** The eIDAS levels, weakest first: a level accepted accepts those above it. */
    static final List<String> LEVELS = List.of("eidas1", "eidas2", "eidas3");

    /** The issuer, whether the discovery address or the issuer itself was given. */
    String issuerLocation() {
        String location = String.valueOf(issuer).replaceAll("/+$", "");
        return location.endsWith(DISCOVERY) ? location.substring(0, location.length() - DISCOVERY.length()) : location;
    }

    /** The levels that satisfy {@code least}: it and the stronger ones. */
    static List<String> atLeast(String least) {
        int from = LEVELS.indexOf(least);
        return from < 0 ? List.of(least) : LEVELS.subList(from, LEVELS.size());
    }
}
