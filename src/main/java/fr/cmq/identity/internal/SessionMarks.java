package fr.cmq.identity.internal;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import lombok.RequiredArgsConstructor;

import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import fr.cmq.identity.CmqUser;
import fr.cmq.identity.internal.accounts.AccountSessions;

/**
 * Marks each session at sign-in — password, link or ProConnect — so that its holder sees it among its sessions and
 * may close it; a session that ends, signed out or timed out, is forgotten.
 */
@Component
@RequiredArgsConstructor
class SessionMarks implements HttpSessionListener {

    private final AccountSessions sessions;

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof CmqUser user)
                || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return;
        }
        var request = attributes.getRequest();
        request.getSession().setAttribute(AccountSessions.MARK, sessions.opened(user.id(),
                request.getHeader(HttpHeaders.USER_AGENT), request.getRemoteAddr()));
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        if (event.getSession().getAttribute(AccountSessions.MARK) instanceof String mark) {
            sessions.ended(mark);
        }
    }
}
