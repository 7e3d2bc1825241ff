package fr.cmq.resilience;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;

import fr.cmq.shared.test.WebSession;

/**
 * The pages of the platform as a session sees them: each page route at an address, and the pages among them that hold
 * a form. A route naming an object ({@code /campus/{id}/plan/objectifs/{objectiveId}}) is read at an address the pages
 * link to, so that a real object of the demonstration's first campus is read; one no page links to is read with 1.
 */
record Crawl(Map<Routes.Route, String> addresses, List<String> pagesWithForms) {

    static Crawl of(WebSession session, Routes all) {
        var addresses = new LinkedHashMap<Routes.Route, String>();
        var pages = new LinkedHashSet<String>();
        var links = new LinkedHashSet<String>();
        var routes = all.reads().stream()
                .filter(route -> !route.api() && !route.pattern().contains("progression")).toList();
        var objects = routes.stream().filter(route -> route.pattern().matches(".*\\{[a-zA-Z]+Id}.*")).toList();
        for (var route : routes) {
            if (!objects.contains(route)) {
                addresses.put(route, visit(session, withOnes(route.pattern()), pages, links));
            }
        }
        for (var route : objects) {
            String shape = "/campus/1" + route.pattern().substring(route.pattern().indexOf('}') + 1)
                    .replaceAll("\\{[a-zA-Z]+Id}", "[0-9]+").replaceAll("\\{[a-zA-Z]+}", "[0-9A-Za-z_-]+");
            String linked = route.pattern().startsWith("/campus/{id}")
                    ? links.stream().filter(link -> link.matches(shape)).findFirst().orElse(null) : null;
            addresses.put(route, visit(session, linked != null ? linked : withOnes(route.pattern()), pages, links));
        }
        return new Crawl(addresses, List.copyOf(pages));
    }

    /** The route with campus 1, a real establishment, and 1 for everything else. */
    static String withOnes(String pattern) {
        return pattern.replace("{id}", "1").replace("{uai}", "0940176F").replaceAll("\\{[a-zA-Z]+}", "1");
    }

    private static String visit(WebSession session, String path, Set<String> pages, Set<String> links) {
        var response = session.get(path);
        if (response.statusCode() != 200) {
            return path;
        }
        if (response.body().contains("<form")) {
            pages.add(path);
        }
        Jsoup.parse(response.body()).select("a[href^=/]").forEach(a -> links.add(a.attr("href").split("[?#]")[0]));
        return path;
    }
}
