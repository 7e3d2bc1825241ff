package fr.cmq.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import fr.cmq.identity.CmqUser;
import fr.cmq.identity.internal.accounts.AccountSessions;

/**
 * Marks each session at sign-in — password, link or ProConnect — so that its holder sees it among its sessions and
 * may close it; a session signed out is forgotten at once, one that timed out leaves the list with its stored session.
 */
@Component
@RequiredArgsConstructor
class SessionMarks implements LogoutHandler {

    private final AccountSessions sessions;

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof CmqUser user)
                || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return;
        }
        var request = attributes.getRequest();
        var session = request.getSession();
        session.setAttribute(AccountSessions.MARK, sessions.opened(user.id(), session.getId(),
                request.getHeader(HttpHeaders.USER_AGENT), request.getRemoteAddr()));
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response,
            @Nullable Authentication authentication) {
        var session = request.getSession(false);
        if (session != null && session.getAttribute(AccountSessions.MARK) instanceof String mark) {
            sessions.ended(mark);
        }
    }
}
