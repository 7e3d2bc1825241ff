package fr.cmq.identity.internal;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Says in the log, once per sender, that requests come through a proxy the platform does not trust: its
 * {@code X-Forwarded-For} is left as it came (a trusted proxy's is consumed), so every visitor behind it counts as the
 * proxy itself — for the sign-in limits above all. The fix is to name the proxy in {@code cmq.trusted-proxies}.
 */
final class UntrustedProxyWarning extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(UntrustedProxyWarning.class);
    private static final int SENDERS_WARNED_ABOUT = 20;

    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String sender = request.getRemoteAddr();
        if (request.getHeader("X-Forwarded-For") != null && warned.size() < SENDERS_WARNED_ABOUT
                && warned.add(sender)) {
            LOG.warn("Des requêtes venues de {} portent X-Forwarded-For, mais {} n'est pas dans cmq.trusted-proxies "
                    + "(CMQ_TRUSTED_PROXIES) : derrière ce proxy, tous les visiteurs comptent pour une seule adresse, "
                    + "notamment pour les limites de connexion. Nommez le proxy s'il est le vôtre.", sender, sender);
        }
        chain.doFilter(request, response);
    }
}
