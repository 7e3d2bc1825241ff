package fr.cmq.insights.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import fr.cmq.insights.OpenData;
import fr.cmq.insights.OpenFormat;
import fr.cmq.shared.CmqProperties;
import fr.cmq.shared.Digests;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.caching.PublicRead;

/**
 * The open data page, its catalogue for harvesters, and the files: each served from disk with a tag that changes with
 * its rows, so that a reader who has it is answered 304 without a byte (no Last-Modified: a removed row changes the
 * tag, not the last change).
 */
@Controller
class OpenDataController {

    private final OpenData openData;
    private final String siteUrl;

    OpenDataController(OpenData openData, CmqProperties properties) {
        this.openData = openData;
        this.siteUrl = properties.siteUrl();
    }

    @GetMapping("/donnees")
    @PublicRead
    String page(Model model) {
        var datasets = openData.datasets();
        model.addAttribute("datasets", datasets);
        model.addAttribute("jsonLd", OpenDataCatalogue.schemaOrg(datasets, siteUrl).script());
        return "insights/open-data";
    }

    @GetMapping("/donnees/catalogue.jsonld")
    ResponseEntity<String> catalogue() {
        String catalogue = OpenDataCatalogue.dcat(openData.datasets(), siteUrl);
        return ResponseEntity.ok().contentType(OpenDataCatalogue.JSON_LD)
                .eTag(Digests.sha256(catalogue).substring(0, 24))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(catalogue);
    }

    @GetMapping("/donnees/{file}")
    ResponseEntity<Resource> file(@PathVariable String file) {
        int dot = file.indexOf('.');
        var found = Arrays.stream(OpenFormat.values())
                .filter(format -> dot > 0 && format.extension().equals(file.substring(dot + 1))).findFirst()
                .flatMap(format -> openData.file(file.substring(0, dot), format))
                .orElseThrow(() -> new NotFoundException("Fichier " + file + " introuvable"));
        var format = found.format();
        return ResponseEntity.ok()
                .eTag(found.etag())
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .contentType(format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(found.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(new FileSystemResource(found.path()));
    }
}
