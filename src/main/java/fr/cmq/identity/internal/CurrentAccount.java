package fr.cmq.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import fr.cmq.identity.CmqUser;
import fr.cmq.identity.internal.accounts.AccountDetailsService;

/**
 * A signed-in session sees its account as it stands at each request: disabled, it is signed out there and then; its
 * grants changed, or a day passed that ended one, it goes on with the grants held now.
 */
final class CurrentAccount extends OncePerRequestFilter {

    private final AccountDetailsService accounts;
    private final SecurityContextRepository contexts;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    CurrentAccount(AccountDetailsService accounts, SecurityContextRepository contexts) {
        this.accounts = accounts;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = holder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CmqUser user && user.id() > 0) {
            var current = accounts.current(user);
            if (current.isEmpty()) {
                holder.clearContext();
                var session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (current.get() != user) {
                var context = holder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(current.get(), null,
                        current.get().getAuthorities()));
                holder.setContext(context);
                contexts.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
