package fr.cmq.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * Upload forms carry their CSRF token in the multipart body, so the body must be parsed before the CSRF check; this
 * filter stands just before it and parses it only for a signed-in user. An anonymous upload is never read: it fails
 * the CSRF check without its token, before a byte of the file is stored.
 */
class SignedInMultipart extends OncePerRequestFilter {

    private final StandardServletMultipartResolver multipart = new StandardServletMultipartResolver();
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    SignedInMultipart() {
        // A malformed body then fails where it is read, as a missing field or a 400, not here as a 500.
        multipart.setResolveLazily(true);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !multipart.isMultipart(request)
                || !trust.isAuthenticated(SecurityContextHolder.getContext().getAuthentication());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var parsed = multipart.resolveMultipart(request);
        try {
            chain.doFilter(parsed, response);
        } finally {
            multipart.cleanupMultipart(parsed);
        }
    }
}
