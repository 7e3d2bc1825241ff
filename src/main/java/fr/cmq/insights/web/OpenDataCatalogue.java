package fr.cmq.insights.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;

import fr.cmq.insights.OpenDataset;
import fr.cmq.insights.OpenFormat;
import fr.cmq.shared.FrenchDates;
import fr.cmq.shared.web.JsonLd;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open data described for machines: as schema.org {@code Dataset}s in the page (search engines), and as a DCAT
 * catalogue in JSON-LD at {@code /donnees/catalogue.jsonld} (data.gouv.fr's harvester reads DCAT).
 */
final class OpenDataCatalogue {

    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PUBLISHER = "Plateforme des campus des métiers et des qualifications";

    private OpenDataCatalogue() {
    }

    static JsonLd.Thing schemaOrg(List<OpenDataset> datasets, String siteUrl) {
        return JsonLd.of("DataCatalog")
                .with("name", "Données ouvertes des campus des métiers et des qualifications")
                .with("url", siteUrl + "/donnees")
                .with("dataset", datasets.stream().map(dataset -> JsonLd.of("Dataset")
                        .with("name", dataset.title())
                        .with("description", dataset.description())
                        .with("url", siteUrl + "/donnees#" + dataset.name())
                        .with("license", dataset.licence().url())
                        .with("inLanguage", "fr")
                        .with("dateModified", moment(dataset.lastChange()))
                        .with("creator", JsonLd.of("Organization").with("name", PUBLISHER))
                        .with("distribution", dataset.formats().stream()
                                .filter(format -> format != OpenFormat.SCHEMA)
                                .map(format -> JsonLd.of("DataDownload")
                                        .with("encodingFormat", format.mediaType().toString())
                                        .with("contentUrl", fileUrl(siteUrl, dataset, format)))
                                .toList()))
                        .toList());
    }

    static String dcat(List<OpenDataset> datasets, String siteUrl) {
        var catalogue = new LinkedHashMap<String, Object>();
        catalogue.put("@context", Map.of("dcat", "http://www.w3.org/ns/dcat#", "dct", "http://purl.org/dc/terms/",
                "foaf", "http://xmlns.com/foaf/0.1/"));
        catalogue.put("@id", siteUrl + "/donnees/catalogue.jsonld");
        catalogue.put("@type", "dcat:Catalog");
        catalogue.put("dct:title", "Données ouvertes des campus des métiers et des qualifications");
        catalogue.put("dct:publisher", Map.of("@type", "foaf:Organization", "foaf:name", PUBLISHER));
        catalogue.put("foaf:homepage", Map.of("@id", siteUrl + "/donnees"));
        catalogue.put("dcat:dataset", datasets.stream().map(dataset -> {
            var entry = new LinkedHashMap<String, @Nullable Object>();
            entry.put("@id", siteUrl + "/donnees#" + dataset.name());
            entry.put("@type", "dcat:Dataset");
            entry.put("dct:identifier", dataset.name());
            entry.put("dct:title", dataset.title());
            entry.put("dct:description", dataset.description());
            entry.put("dct:language", "fr");
            entry.put("dct:license", Map.of("@id", dataset.licence().url()));
            entry.put("dct:modified", moment(dataset.lastChange()));
            entry.put("dcat:landingPage", Map.of("@id", siteUrl + "/donnees"));
            entry.put("dct:conformsTo", Map.of("@id", fileUrl(siteUrl, dataset, OpenFormat.SCHEMA)));
            entry.put("dcat:distribution", dataset.formats().stream().filter(format -> format != OpenFormat.SCHEMA)
                    .map(format -> Map.of("@type", "dcat:Distribution",
                            "dcat:downloadURL", Map.of("@id", fileUrl(siteUrl, dataset, format)),
                            "dcat:mediaType", format.mediaType().toString(),
                            "dct:license", Map.of("@id", dataset.licence().url())))
                    .toList());
            return entry;
        }).toList());
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(catalogue);
    }

    static String fileUrl(String siteUrl, OpenDataset dataset, OpenFormat format) {
        return siteUrl + "/donnees/" + dataset.name() + "." + format.extension();
    }

    private static @Nullable String moment(@Nullable Instant instant) {
        return instant == null ? null : instant.atZone(FrenchDates.FRANCE).toOffsetDateTime().toString();
    }
}
