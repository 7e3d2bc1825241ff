package fr.cmq.insights.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import fr.cmq.campus.CampusRegister;
import fr.cmq.directory.Establishments;
import fr.cmq.shared.CmqProperties;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.caching.PublicRead;
import fr.cmq.steering.OpenAgenda;
import fr.cmq.training.Formations;

/**
 * What search engines are asked to find: every public page — the campuses, the formations, the public events and the
 * establishments — in sitemaps of at most {@value #PER_FILE} addresses, listed by {@code /sitemap.xml}.
 */
@RestController
@PublicRead
class SitemapController {

    static final int PER_FILE = 10_000;
    private static final List<String> PAGES = List.of("/", "/campus", "/formations", "/evenements", "/etablissements",
            "/donnees", "/statistiques", "/accessibilite", "/mentions-legales");

    private final CampusRegister campuses;
    private final Formations formations;
    private final OpenAgenda agenda;
    private final Establishments establishments;
    private final String siteUrl;

    SitemapController(CampusRegister campuses, Formations formations, OpenAgenda agenda, Establishments establishments,
            CmqProperties properties) {
        this.campuses = campuses;
        this.formations = formations;
        this.agenda = agenda;
        this.establishments = establishments;
        this.siteUrl = properties.siteUrl();
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> index() {
        var files = new ArrayList<>(List.of("pages", "campus", "evenements"));
        for (int n = 1; n <= files(formations.count()); n++) {
            files.add("formations-" + n);
        }
        for (int n = 1; n <= files(establishments.count()); n++) {
            files.add("etablissements-" + n);
        }
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        files.forEach(file -> xml.append("<sitemap><loc>").append(escape(siteUrl + "/sitemaps/" + file + ".xml"))
                .append("</loc></sitemap>\n"));
        return xml(xml.append("</sitemapindex>\n"));
    }

    @GetMapping("/sitemaps/{file}.xml")
    ResponseEntity<String> sitemap(@PathVariable String file) {
        var paths = switch (file) {
            case "pages" -> PAGES;
            case "campus" -> campuses.codes().keySet().stream().sorted().map(id -> "/campus/" + id).toList();
            case "evenements" -> {
                var events = new ArrayList<String>();
                agenda.eachPublished(event -> events.add("/evenements/" + event.id()));
                yield events;
            }
            default -> numbered(file, "formations-", formations::ids, id -> "/formations/" + id)
                    .or(() -> numbered(file, "etablissements-", establishments::uais, uai -> "/etablissements/" + uai))
                    .orElseThrow(() -> new NotFoundException("Plan du site " + file + " introuvable"));
        };
        var xml = new StringBuilder(paths.size() * 96).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        paths.forEach(path -> xml.append("<url><loc>").append(escape(siteUrl + path)).append("</loc></url>\n"));
        return xml(xml.append("</urlset>\n"));
    }

    /** The addresses of file {@code formations-3}: the third block of ids; empty for another name or a block past the end. */
    private static <T> Optional<List<String>> numbered(String file, String prefix,
            BiFunction<Integer, Integer, List<T>> block, Function<T, String> path) {
        if (!file.matches(prefix + "[1-9][0-9]{0,5}")) {
            return Optional.empty();
        }
        var ids = block.apply(Integer.parseInt(file.substring(prefix.length())) - 1, PER_FILE);
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids.stream().map(path).toList());
    }

    private static long files(long count) {
        return (count + PER_FILE - 1) / PER_FILE;
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static ResponseEntity<String> xml(StringBuilder xml) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.toString());
    }
}
