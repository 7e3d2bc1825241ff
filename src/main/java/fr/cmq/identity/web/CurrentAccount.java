package fr.cmq.identity.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import fr.cmq.identity.CmqUser;
import fr.cmq.identity.internal.accounts.AccountDetailsService;
import fr.cmq.identity.internal.accounts.AccountSessions;

/**
 * A signed-in session sees its account as it stands at each page or API call of the sessions' chain, in the page's own transaction (after it opens,
 * before the guard reads the user): disabled, it is signed out there and then; its grants changed, or a day passed
 * that ended one, it goes on with the grants held now.
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class CurrentAccount implements WebMvcConfigurer, HandlerInterceptor {

    /** After the page's transaction opens (-100), before the guard (0). */
    private static final int AFTER_THE_PAGE_TRANSACTION = -99;

    /** Looked up when a request asks: a web slice without accounts checks none. */
    private final ObjectProvider<AccountDetailsService> accounts;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).order(AFTER_THE_PAGE_TRANSACTION);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        var holder = SecurityContextHolder.getContextHolderStrategy();
        var authentication = holder.getContext().getAuthentication();
        var service = accounts.getIfAvailable();
        if (!(handler instanceof HandlerMethod) || service == null || authentication == null || !(authentication.getPrincipal() instanceof CmqUser user)
                || user.id() <= 0 || request.getSession(false) == null) {
            return true;
        }
        var mark = request.getSession().getAttribute(AccountSessions.MARK);
        var current = service.current(user, mark instanceof String text ? text : null);
        if (current.isEmpty()) {
            holder.clearContext();
            request.getSession().invalidate();
            response.sendRedirect(request.getContextPath() + "/connexion");
            return false;
        }
        if (current.get() != user) {
            var context = holder.createEmptyContext();
            var refreshed = UsernamePasswordAuthenticationToken.authenticated(current.get(), null,
                    current.get().getAuthorities());
            refreshed.setDetails(authentication.getDetails()); // a ProConnect session keeps its id token
            context.setAuthentication(refreshed);
            holder.setContext(context);
            contexts.saveContext(context, request, response);
        }
        return true;
    }
}
