package fr.cmq.portal.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.cmq.shared.CmqProperties;

/** What browsers and search engines ask of every site, answered to anyone rather than sent to the sign-in page. */
@RestController
class CrawlersController {

    /**
     * The public pages are to be found, listed by the sitemap; the workspace, the administration, the API, the dossiers
     * and the dashboards are not.
     */
    private static final String ROBOTS = """
            User-agent: *
            Disallow: /admin/
            Disallow: /api/
            Disallow: /connexion
            Disallow: /dossiers/
            Disallow: /espace
            Disallow: /pilotage
            Allow: /

            Sitemap: %s/sitemap.xml
            """;

    private final String robots;

    CrawlersController(CmqProperties properties) {
        this.robots = ROBOTS.formatted(properties.siteUrl());
    }

    @GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    String robots() {
        return robots;
    }

    /** Browsers ask for it at the root whatever the page declares: the State design system's icon. */
    @GetMapping("/favicon.ico")
    ResponseEntity<Void> favicon() {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                .header("Location", "/assets/dsfr/favicon/favicon.ico").build();
    }
}
