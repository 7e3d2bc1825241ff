package fr.cmq.identity.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The pages' addresses no route answers, whatever the method: nothing private is behind them, so a visitor is told
 * the page does not exist (404) rather than sent to sign in for nothing.
 */
final class UnroutedPaths implements RequestMatcher {

    /** Answered by handlers other than the controllers' (the actuator, the API's description): never opened here. */
    private static final List<String> OTHER_HANDLERS = List.of("/actuator", "/api", "/v3", "/swagger");

    private final ObjectProvider<RequestMappingHandlerMapping> routes;
    private volatile List<PathPattern> patterns = List.of();

    /** @param routes read when first asked: the routes are mapped after the security chain is made */
    UnroutedPaths(ObjectProvider<RequestMappingHandlerMapping> routes) {
        this.routes = routes;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (OTHER_HANDLERS.stream().anyMatch(path::startsWith)) {
            return false;
        }
        var container = PathContainer.parsePath(path);
        return patterns().stream().noneMatch(pattern -> pattern.matches(container));
    }

    private List<PathPattern> patterns() {
        if (patterns.isEmpty()) {
            patterns = routes.getObject().getHandlerMethods().keySet().stream()
                    .filter(info -> info.getPathPatternsCondition() != null)
                    .flatMap(info -> info.getPathPatternsCondition().getPatterns().stream()).distinct().toList();
        }
        return patterns;
    }
}
