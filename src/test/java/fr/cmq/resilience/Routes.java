package fr.cmq.resilience;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every route the platform's controllers answer, read from the running application: a new one is found alone. */
record Routes(List<Route> all) {

    record Route(String method, String pattern) {

        boolean writes() {
            return !method.equals("GET") && !method.equals("HEAD");
        }

        boolean api() {
            return pattern.startsWith("/api/");
        }

        /** An address of the route, with the demonstration's first campus and a real establishment. */
        String concrete() {
            return pattern.replace("{id}", "1").replace("{uai}", "0940176F").replace("{kind}", "annuaire")
                    .replaceAll("\\{[a-zA-Z]+}", "1");
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    static Routes of(RequestMappingHandlerMapping mapping) {
        return new Routes(mapping.getHandlerMethods().keySet().stream()
                .filter(info -> info.getPathPatternsCondition() != null)
                .flatMap(Routes::routes)
                .filter(route -> route.pattern().startsWith("/") && !route.pattern().startsWith("/error"))
                .distinct()
                .sorted(Comparator.comparing(Route::pattern).thenComparing(Route::method))
                .toList());
    }

    List<Route> writes() {
        return all.stream().filter(Route::writes).toList();
    }

    List<Route> reads() {
        return all.stream().filter(route -> !route.writes()).toList();
    }

    private static Stream<Route> routes(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        var names = methods.isEmpty() ? List.of("GET") : methods.stream().map(Enum::name).toList();
        return info.getPathPatternsCondition().getPatternValues().stream()
                .flatMap(pattern -> names.stream().map(method -> new Route(method, pattern)));
    }
}
