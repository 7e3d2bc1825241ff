package fr.cmq.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmq.shared.caching.PublicResponseCache;
import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public establishment search API, on the demonstration extract of the Annuaire (40 schools of Val-de-Marne). */
@IntegrationTest
class EstablishmentSearchIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PublicResponseCache publicAnswers;

    @Test
    void findsByWordsWhateverTheCaseAndAccents() {
        JsonNode page = search("q=" + encode("ÉLÉMENTAIRE fresnes"));
        assertThat(page.get("page").get("totalElements").asInt()).isPositive();
        assertThat(names(page, "communeName")).containsOnly("Fresnes");
    }

    @Test
    void toleratesTyposWhenNoWordMatches() {
        assertThat(names(search("q=doisnau"), "name")).containsExactly("Ecole élémentaire Robert Doisneau");
    }

    @Test
    void filtersByAcademieAndVocationalTrack() {
        assertThat(search("academie=24").get("page").get("totalElements").asInt()).isEqualTo(40);
        assertThat(search("academie=12").get("page").get("totalElements").asInt()).isZero();
        assertThat(search("academie=14").get("page").get("totalElements").asInt()).as("Ille-et-Vilaine's lycées, collèges, CFA")
                .isGreaterThan(250);
        assertThat(search("voieProfessionnelle=true&academie=24").get("content")).as("no vocational school in Val-de-Marne's extract")
                .isEmpty();
        assertThat(names(search("voieProfessionnelle=true&academie=14&size=100"), "communeName")).contains("Rennes");
        assertThat(names(search("q=" + encode("lycée Rennes")), "communeName")).as("the network form's example")
                .contains("Rennes");
        assertThat(names(search("uai=0940176f"), "uai")).containsExactly("0940176F");
    }

    @Test
    void findsTheVocationalSchools() {
        String file = "Identifiant_de_l_etablissement;Nom_etablissement;Type_etablissement;Nom_commune;"
                + "Code_academie;Voie_professionnelle\n0940999A;Lycée professionnel des métiers de test;Lycée;Créteil;24;1\n";
        var response = new WebSession(port).postFileWithBasic("/api/v1/imports/annuaire", "pro.csv",
                file.getBytes(StandardCharsets.UTF_8), DemoAccount.ADMIN.email, DemoAccount.PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try {
            assertThat(names(search("voieProfessionnelle=true&academie=24"), "uai")).containsExactly("0940999A");
            assertThat(names(search("voieProfessionnelle=true&academie=24&q=" + encode("métiers")), "uai"))
                    .containsExactly("0940999A");
        } finally {
            jdbc.sql("delete from establishment where uai = '0940999A'").update();
            publicAnswers.clear();
        }
    }

    @Test
    void pagesThroughTheResultsSortedByName() {
        JsonNode last = search("academie=24&size=15&page=2");
        assertThat(last.get("content")).hasSize(10);
        assertThat(last.get("page").get("totalPages").asInt()).isEqualTo(3);
        List<String> names = names(search("academie=24&size=40"), "name");
        assertThat(names).isSortedAccordingTo(Collator.getInstance(Locale.FRENCH)::compare);
    }

    @Test
    void answersProblemDetailsForBadInputAndUnknownEstablishments() {
        var tooBig = new WebSession(port).get("/api/v1/establishments?size=500");
        assertThat(tooBig.statusCode()).isEqualTo(400);
        assertThat(tooBig.body()).contains("\"field\":\"size\"");
        var unknown = new WebSession(port).get("/api/v1/establishments/0940176G");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Aucun établissement avec l'UAI « 0940176G »");
        assertThat(new WebSession(port).get("/api/v1/establishments/0940176F").body()).contains("Robert Doisneau");
    }

    private JsonNode search(String query) {
        var response = new WebSession(port).get("/api/v1/establishments?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }

    private static List<String> names(JsonNode page, String field) {
        return page.get("content").valueStream().map(node -> node.get(field).asString()).toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
