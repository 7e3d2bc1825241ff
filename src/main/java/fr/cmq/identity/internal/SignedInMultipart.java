package fr.cmq.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * Upload forms carry their CSRF token in the multipart body, so the body must be parsed before the CSRF check; this
 * filter stands just before it and parses it only for a signed-in user. An anonymous upload is refused here, before
 * a byte of it is read: no form of the platform takes a file from someone not signed in.
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
        return !multipart.isMultipart(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!trust.isAuthenticated(SecurityContextHolder.getContext().getAuthentication())) {
            RefusedUnread.answer(request, response, HttpStatus.FORBIDDEN,
                    "Connectez-vous pour envoyer un fichier : rien n'a été lu.");
            return;
        }
        var parsed = multipart.resolveMultipart(request);
        try {
            chain.doFilter(parsed, response);
        } finally {
            multipart.cleanupMultipart(parsed);
        }
    }
}
