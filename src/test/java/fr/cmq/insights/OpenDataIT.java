package fr.cmq.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open data read back as a reuser would: every campus once with its stable code, in CSV, JSON and GeoJSON, the
 * formations and the public events; nothing private in them; each file tagged, and answered 304 while its rows stay.
 */
@IntegrationTest
class OpenDataIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theNationalListHasEveryCampusOnceByItsStableCodeInCsvAndJson() {
        Map<String, String> codes = new HashMap<>();
        jdbc.sql("select code, name from campus").query((RowCallbackHandler) row -> {
            codes.put(row.getString("code"), row.getString("name"));
        });
        assertThat(codes).isNotEmpty().allSatisfy((code, name) -> assertThat(code).matches("CMQ-\\d{4,}"));

        var csv = get("/donnees/campus.csv");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<NamedCsvRecord> rows = records(csv.body());
        assertThat(rows).extracting(row -> row.getField("code")).containsExactlyInAnyOrderElementsOf(codes.keySet());
        rows.forEach(row -> assertThat(row.getField("nom")).isEqualTo(codes.get(row.getField("code"))));
        var first = rows.getFirst();
        assertThat(first.getField("page")).startsWith("http://localhost:8080/campus/");
        assertThat(Integer.parseInt(first.getField("membres"))).isPositive();
        rows.stream().map(row -> row.getField("fin_label")).filter(end -> !end.isEmpty())
                .forEach(end -> assertThat(LocalDate.parse(end)).isAfter(LocalDate.of(2000, 1, 1)));

        JsonNode json = JSON.readTree(get("/donnees/campus.json").body());
        assertThat(json.size()).isEqualTo(codes.size());
        assertThat(json.get(0).get("code").asString()).isEqualTo(first.getField("code"));
        assertThat(json.get(0).get("membres").isInt()).isTrue();
        assertThat(json.get(0).get("academies").isArray()).isTrue();

        JsonNode schema = JSON.readTree(get("/donnees/campus.schema.json").body());
        List<String> fields = new ArrayList<>();
        schema.get("fields").forEach(field -> fields.add(field.get("name").asString()));
        assertThat(fields).isEqualTo(first.getHeader());
        assertThat(schema.get("primaryKey").asString()).isEqualTo("code");
        assertThat(schema.get("licenses").get(0).get("name").asString()).isEqualTo("etalab-2.0");
    }

    @Test
    void noPrivateFieldOfACampusOrOfItsMembersIsInTheFiles() {
        var privateValues = new HashSet<String>();
        jdbc.sql("select contact_name, contact_email, contact_phone from campus_member where contact_email is not null")
                .query((RowCallbackHandler) row -> {
                    privateValues.add(row.getString("contact_email"));
                    if (row.getString("contact_phone") != null) {
                        privateValues.add(row.getString("contact_phone"));
                    }
                });
        jdbc.sql("select updated_by from campus where updated_by is not null")
                .query((RowCallbackHandler) row -> { privateValues.add(row.getString("updated_by")); });
        assertThat(privateValues).isNotEmpty();
        for (String file : List.of("campus.csv", "campus.json", "campus.geojson", "formations.csv", "evenements.csv",
                "indicateurs.csv")) {
            String body = get("/donnees/" + file).body();
            assertThat(privateValues).as(file).allSatisfy(value -> assertThat(body).doesNotContain(value));
        }
    }

    @Test
    void theSitesAreValidGeoJsonPointsInFrance() throws Exception {
        var body = get("/donnees/campus.geojson");
        assertThat(body.headers().firstValue("Content-Type").orElse("")).startsWith("application/geo+json");
        var read = (GeometryCollection) new GeoJsonReader().read(new StringReader(body.body()));
        assertThat(read.getNumGeometries()).isEqualTo(jdbc.sql(
                "select count(*) from campus_site where latitude is not null").query(Integer.class).single());
        for (int i = 0; i < read.getNumGeometries(); i++) {
            var point = (Point) read.getGeometryN(i);
            assertThat(point.getX()).as("longitude").isBetween(-62.0, 56.0);
            assertThat(point.getY()).as("latitude").isBetween(-22.0, 52.0);
        }
        JsonNode features = JSON.readTree(body.body()).get("features");
        Set<String> codes = new HashSet<>();
        features.forEach(feature -> codes.add(feature.get("properties").get("campus_code").asString()));
        assertThat(codes).allSatisfy(code -> assertThat(code).matches("CMQ-\\d{4,}"));
    }

    @Test
    void theFormationsAndTheEventsNameTheirCampusByItsCode() {
        List<NamedCsvRecord> formations = records(get("/donnees/formations.csv").body());
        assertThat(formations).hasSize(jdbc.sql("select count(*) from formation f join campus_member m"
                + " on m.id = f.member_id and m.left_on is null").query(Integer.class).single());
        assertThat(formations).allSatisfy(row -> assertThat(row.getField("campus_code")).matches("CMQ-\\d{4,}"));
        assertThat(JSON.readTree(get("/donnees/formations.schema.json").body()).get("licenses").get(0).get("name")
                .asString()).isEqualTo("odc-odbl");

        List<NamedCsvRecord> events = records(get("/donnees/evenements.csv").body());
        assertThat(events).hasSize(jdbc.sql("select count(*) from campus_event where published")
                .query(Integer.class).single());
        assertThat(events.getFirst().getField("debut")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?[+-]\\d{2}:\\d{2}");
    }

    @Test
    void theIndicatorsAreThoseOfThePublishedTableauxDeBordOnly() {
        var before = get("/donnees/indicateurs.csv");
        assertThat(records(before.body())).isEmpty();
        var director = WebSession.signedIn(port, DemoAccount.DIRECTEUR);
        director.get("/campus/1/tableau-de-bord");
        assertThat(director.postForm("/campus/1/tableau-de-bord/publication", Map.of("published", "true"))
                .statusCode()).isEqualTo(302);
        try {
            var published = get("/donnees/indicateurs.csv");
            assertThat(published.headers().firstValue("ETag")).isNotEqualTo(before.headers().firstValue("ETag"));
            List<NamedCsvRecord> measures = records(published.body());
            String code = jdbc.sql("select code from campus where id = 1").query(String.class).single();
            assertThat(measures).hasSize(jdbc.sql("select count(*) from indicator_measure where campus_id = 1")
                    .query(Integer.class).single());
            assertThat(measures).allSatisfy(row -> assertThat(row.getField("campus_code")).isEqualTo(code));
            assertThat(measures).anySatisfy(row -> assertThat(row.getField("cible")).isNotEmpty());
        } finally {
            director.get("/campus/1/tableau-de-bord");
            director.postForm("/campus/1/tableau-de-bord/publication", Map.of("published", "false"));
        }
        assertThat(records(get("/donnees/indicateurs.csv").body())).isEmpty();
        JsonNode schema = JSON.readTree(get("/donnees/indicateurs.schema.json").body());
        assertThat(schema.get("primaryKey").isArray()).isTrue();
    }

    @Test
    void aFileIsTaggedAndAnswered304WhileItsRowsStay() {
        var first = get("/donnees/campus.csv");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        var again = new WebSession(port).get("/donnees/campus.csv", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(new WebSession(port).get("/donnees/inconnu.csv").statusCode()).isEqualTo(404);
        assertThat(new WebSession(port).get("/donnees/campus.xml").statusCode()).isEqualTo(404);

        var page = get("/donnees");
        assertThat(page.body()).contains("href=\"/donnees/campus.csv\"").contains("Licence Ouverte")
                .contains("application/ld+json");
        JsonNode catalogue = JSON.readTree(get("/donnees/catalogue.jsonld").body());
        assertThat(catalogue.get("@type").asString()).isEqualTo("dcat:Catalog");
        assertThat(catalogue.get("dcat:dataset").size()).isEqualTo(4);
    }

    @Test
    void theApiReadsTheWholeListByACursorAndAsCsv() {
        int total = jdbc.sql("select count(*) from campus").query(Integer.class).single();
        List<String> read = new ArrayList<>();
        String next = "/api/v1/campuses?after=&size=3";
        while (next != null) {
            JsonNode batch = JSON.readTree(get(next).body());
            batch.get("content").forEach(campus -> read.add(campus.get("code").asString()));
            next = batch.get("next").isNull() ? null : batch.get("next").asString().replace("http://localhost:8080", "");
        }
        assertThat(read).hasSize(total).doesNotHaveDuplicates().isSorted();

        List<NamedCsvRecord> csv = records(get("/api/v1/campuses?format=csv").body());
        assertThat(csv).extracting(row -> row.getField("code")).isEqualTo(read);
        List<NamedCsvRecord> grandEst = records(get("/api/v1/campuses?format=csv&region=44").body());
        assertThat(grandEst).isNotEmpty().hasSizeLessThan(total)
                .allSatisfy(row -> assertThat(row.getField("region_code")).isEqualTo("44"));
        assertThat(new WebSession(port).get("/api/v1/campuses?after=&size=5000").statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> get(String path) {
        var response = new WebSession(port).get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response;
    }

    private static List<NamedCsvRecord> records(String csv) {
        return CsvReader.builder().ofNamedCsvRecord(csv).stream().toList();
    }
}
