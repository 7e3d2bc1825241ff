package fr.cmq.identity.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.identity.Requires;
import fr.cmq.identity.RequiresCampusCreator;
import fr.cmq.identity.RequiresInviter;
import fr.cmq.identity.RequiresRegion;
import fr.cmq.identity.RequiresTerritoryView;
import fr.cmq.identity.RequiresNationalAdministration;

/**
 * Runs the guard on what a handler declares ({@link Requires}, {@link RequiresRegion},
 * {@link RequiresNationalAdministration}, {@link RequiresTerritoryView}) before its
 * arguments are bound, so that a handler body never starts with a check of its own.
 */
@Configuration
@RequiredArgsConstructor
class GuardBeforeHandlers implements WebMvcConfigurer, HandlerInterceptor {

    /** Looked up when a handler asks: a web slice without the guard fails every guarded handler, never opens it. */
    private final ObjectProvider<Guard> guard;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        var user = currentUser();
        if (declared(method, RequiresNationalAdministration.class) != null) {
            guard.getObject().requireNationalAdministration(user);
        }
        if (declared(method, RequiresCampusCreator.class) != null) {
            guard.getObject().requireCreator(user);
        }
        if (declared(method, RequiresTerritoryView.class) != null) {
            guard.getObject().requireTerritoryView(user);
        }
        if (declared(method, RequiresInviter.class) != null) {
            guard.getObject().requireInviter(user);
        }
        var region = declared(method, RequiresRegion.class);
        if (region != null) {
            guard.getObject().require(user, region.value(), pathVariable(request, region.region()));
        }
        var requires = declared(method, Requires.class);
        if (requires != null) {
            Long campusId = campusId(request, requires.campus());
            if (campusId != null) {
                guard.getObject().require(user, campusId, requires.value());
            }
        }
        return true;
    }

    private static <A extends java.lang.annotation.Annotation> @Nullable A declared(HandlerMethod method,
            Class<A> type) {
        var onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), type);
        return onMethod != null ? onMethod : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), type);
    }

    /** Null when the path holds no number there: binding the handler's argument then refuses the request. */
    private static @Nullable Long campusId(HttpServletRequest request, String variable) {
        String value = pathVariable(request, variable);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static String pathVariable(HttpServletRequest request, String variable) {
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String value = variables == null ? null : variables.get(variable);
        if (value == null) {
            throw new IllegalStateException("Aucune variable « " + variable + " » dans le chemin de " + request.getRequestURI());
        }
        return value;
    }

    private static @Nullable CmqUser currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CmqUser user ? user : null;
    }
}
