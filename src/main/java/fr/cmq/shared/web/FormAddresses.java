package fr.cmq.shared.web;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Where a form's address leads when it is asked as a page — a reload after the form came back with its errors, a
 * bookmark, a link shared: to the nearest page up its path ({@code /campus/1/tableau-de-bord/import} to the tableau
 * de bord), read from the application's own routes.
 */
final class FormAddresses {

    private final ObjectProvider<RequestMappingHandlerMapping> routes;

    /** @param routes looked up when first asked: the routes are mapped after the advice is made */
    FormAddresses(ObjectProvider<RequestMappingHandlerMapping> routes) {
        this.routes = routes;
    }

    Optional<String> pageAbove(String path) {
        if (path.startsWith("/api/")) {
            return Optional.empty();
        }
        for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
            String above = path.substring(0, slash);
            if (isPage(above)) {
                return Optional.of(above);
            }
        }
        return Optional.empty();
    }

    private boolean isPage(String path) {
        var container = PathContainer.parsePath(path);
        return routes.getObject().getHandlerMethods().keySet().stream()
                .filter(FormAddresses::answersGet)
                .anyMatch(info -> info.getPathPatternsCondition() != null && info.getPathPatternsCondition()
                        .getPatterns().stream().anyMatch(pattern -> pattern.matches(container)));
    }

    private static boolean answersGet(RequestMappingInfo info) {
        var methods = info.getMethodsCondition().getMethods();
        return (methods.isEmpty() || methods.contains(RequestMethod.GET)) && info.getHeadersCondition().isEmpty()
                && info.getParamsCondition().isEmpty();
    }
}
