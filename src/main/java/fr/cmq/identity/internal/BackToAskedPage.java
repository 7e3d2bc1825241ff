package fr.cmq.identity.internal;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * After sign-in, back to the page asked before it — by its path and query alone: the saved address was built from
 * the request's {@code Host}, which anyone may forge, and must never send a person to another site.
 */
final class BackToAskedPage extends SimpleUrlAuthenticationSuccessHandler {

    private final RequestCache requests = new HttpSessionRequestCache();

    BackToAskedPage(String home) {
        super(home);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        var saved = requests.getRequest(request, response);
        if (saved == null) {
            super.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        clearAuthenticationAttributes(request);
        getRedirectStrategy().sendRedirect(request, response, pathOf(saved.getRedirectUrl(), request.getContextPath()));
    }

    private String pathOf(String address, String contextPath) {
        try {
            var asked = URI.create(address);
            String path = asked.getRawPath();
            if (path == null || !path.startsWith(contextPath + "/") || path.startsWith(contextPath + "//")) {
                return getDefaultTargetUrl();
            }
            path = path.substring(contextPath.length());
            return asked.getRawQuery() == null ? path : path + "?" + asked.getRawQuery();
        } catch (IllegalArgumentException unreadable) {
            return getDefaultTargetUrl();
        }
    }
}
