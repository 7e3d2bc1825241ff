package fr.cmq.identity.internal;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API is called by programs, which send their credentials themselves. A browser may keep credentials and send
 * them along with a request another site's page makes: a write that a browser says comes from another site
 * ({@code Sec-Fetch-Site}), or whose {@code Origin} is not the platform's, is refused before any credential is read.
 */
final class CrossSiteWrites extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> FOREIGN_SITES = Set.of("cross-site", "same-site");

    private final String siteOrigin;

    CrossSiteWrites(String siteUrl) {
        var site = URI.create(siteUrl);
        this.siteOrigin = origin(site.getScheme(), site.getHost(), site.getPort());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return SAFE_METHODS.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (fromAnotherSite(request)) {
            RefusedUnread.answer(request, response, HttpStatus.FORBIDDEN,
                    "Une écriture envoyée par la page d'un autre site est refusée : rien n'a été fait.");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean fromAnotherSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return FOREIGN_SITES.contains(site.toLowerCase(Locale.ROOT));
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            return false;
        }
        try {
            var sender = URI.create(origin.strip());
            return sender.getScheme() == null || sender.getHost() == null
                    || !origin(sender.getScheme(), sender.getHost(), sender.getPort()).equals(siteOrigin);
        } catch (IllegalArgumentException unreadable) {
            return true;
        }
    }

    private static String origin(String scheme, String host, int port) {
        String lowerScheme = scheme.toLowerCase(Locale.ROOT);
        int effectivePort = port != -1 ? port : lowerScheme.equals("https") ? 443 : 80;
        return lowerScheme + "://" + host.toLowerCase(Locale.ROOT) + ":" + effectivePort;
    }
}
