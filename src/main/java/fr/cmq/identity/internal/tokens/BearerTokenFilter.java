package fr.cmq.identity.internal.tokens;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API request that carries {@code Authorization: Bearer <token>}: the token's owner with its grants of
 * the day, so the guard checks a token exactly as its owner. A token unknown, expired or revoked is answered 401; a
 * read-only token asking to write, 403, before any handler runs.
 */
@RequiredArgsConstructor
public class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "bearer ";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final BearerTokens tokens;
    private final AuthenticationEntryPoint unauthenticated;
    private final AccessDeniedHandler refused;

    /** A write asked with a token that may only read. */
    public static final class ReadOnlyToken extends AccessDeniedException {
        ReadOnlyToken() {
            super("Ce jeton ne permet que la lecture : créez un jeton en lecture et écriture pour modifier.");
        }
    }

    /** A token that stands for nobody. */
    public static final class UnknownToken extends BadCredentialsException {
        UnknownToken() {
            super("Jeton inconnu, expiré ou révoqué.");
        }
    }

    public static boolean carriesToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!carriesToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        var bearer = tokens.authenticate(request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).strip());
        if (bearer.isEmpty()) {
            unauthenticated.commence(request, response, new UnknownToken());
            return;
        }
        if (bearer.get().readOnly() && !READS.contains(request.getMethod())) {
            refused.handle(request, response, new ReadOnlyToken());
            return;
        }
        var user = bearer.get().user();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
