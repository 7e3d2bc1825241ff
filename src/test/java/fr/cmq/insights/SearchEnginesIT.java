package fr.cmq.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Being found: the sitemaps list every public page from the configured address, and the pages describe themselves. */
@IntegrationTest
class SearchEnginesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SITE = "http://localhost:8080";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSitemapsListEveryPublicPage() throws Exception {
        assertThat(get("/robots.txt")).contains("Sitemap: " + SITE + "/sitemap.xml").contains("Disallow: /pilotage");
        var files = locations(get("/sitemap.xml"));
        assertThat(files).contains(SITE + "/sitemaps/pages.xml", SITE + "/sitemaps/campus.xml",
                SITE + "/sitemaps/evenements.xml", SITE + "/sitemaps/formations-1.xml");
        var pages = new ArrayList<String>();
        for (String file : files) {
            pages.addAll(locations(get(file.substring(SITE.length()))));
        }
        assertThat(pages).doesNotHaveDuplicates().allSatisfy(page -> assertThat(page).startsWith(SITE + "/"));
        jdbc.sql("select id from campus").query(Long.class).list()
                .forEach(id -> assertThat(pages).contains(SITE + "/campus/" + id));
        assertThat(pages.stream().filter(page -> page.startsWith(SITE + "/formations/")).count())
                .isEqualTo(jdbc.sql("select count(*) from formation f join campus_member m on m.id = f.member_id"
                        + " and m.left_on is null").query(Long.class).single());
        assertThat(pages.stream().filter(page -> page.startsWith(SITE + "/evenements/")).count())
                .isEqualTo(jdbc.sql("select count(*) from campus_event where published").query(Long.class).single());
        assertThat(pages.stream().filter(page -> page.startsWith(SITE + "/etablissements/")).count())
                .isEqualTo(jdbc.sql("select count(*) from establishment").query(Long.class).single());
        for (String page : List.of("/", "/campus/1", "/donnees", "/statistiques")) {
            assertThat(new WebSession(port).get(page).statusCode()).as(page).isEqualTo(200);
        }
        assertThat(new WebSession(port).get("/sitemaps/formations-999.xml").statusCode()).isEqualTo(404);
        assertThat(new WebSession(port).get("/sitemaps/inconnu.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void aCampusAndAFormationDescribeThemselvesForSearchEngines() {
        JsonNode campus = jsonLd(get("/campus/1"));
        assertThat(campus.get("@type").asString()).isEqualTo("EducationalOrganization");
        assertThat(campus.get("name").asString()).isEqualTo("Énergie et maintenance");
        assertThat(campus.get("identifier").asString()).matches("CMQ-\\d{4,}");
        assertThat(campus.get("member").size()).isPositive();

        long formationId = jdbc.sql("select min(id) from formation").query(Long.class).single();
        JsonNode course = jsonLd(get("/formations/" + formationId));
        assertThat(course.get("@type").asString()).isEqualTo("Course");
        assertThat(course.get("provider").get("@type").asString()).isEqualTo("EducationalOrganization");
        assertThat(course.get("url").asString()).isEqualTo(SITE + "/formations/" + formationId);
    }

    private String get(String path) {
        var response = new WebSession(port).get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static JsonNode jsonLd(String page) {
        return JSON.readTree(Jsoup.parse(page).select("script[type=application/ld+json]").first().data());
    }

    private static List<String> locations(String xml) throws Exception {
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        var found = document.getElementsByTagName("loc");
        var locations = new ArrayList<String>();
        for (int i = 0; i < found.getLength(); i++) {
            locations.add(found.item(i).getTextContent());
        }
        return locations;
    }
}
