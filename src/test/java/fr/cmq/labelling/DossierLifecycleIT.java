package fr.cmq.labelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.TestMailServer;
import fr.cmq.shared.test.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One dossier from its opening to a five-year label through every role, by the API: the Énergie et maintenance
 * campus renews in the demonstration's open campaign.
 */
@IntegrationTest
class DossierLifecycleIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FailedEventPublications failedPublications;

    @Test
    void aDossierGoesFromTheDirectorToAFiveYearLabelThroughEveryRole() {
        long campaign = json(get(DemoAccount.DIRECTEUR, "/api/v1/campaigns")).get(0).get("id").asLong();
        var opened = send(DemoAccount.DIRECTEUR, "POST", "/api/v1/campuses/1/dossiers",
                "{\"campaignId\":" + campaign + ",\"kind\":\"RENOUVELLEMENT\"}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        JsonNode dossier = json(opened);
        long id = dossier.get("id").asLong();
        String path = "/api/v1/dossiers/" + id;
        assertThat(dossier.get("state").asString()).isEqualTo("BROUILLON");
        var label = jdbc.sql("select label_start, label_end from campus where id = 1")
                .query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).single();
        assertThat(dossier.get("renews").get("end").asString()).as("the label renewed").isEqualTo(label[1]);
        assertThat(dossier.get("renews").get("start").asString()).isEqualTo(label[0]);
        assertThat(dossier.get("answers")).hasSize(11);
        assertThat(send(DemoAccount.DIRECTEUR, "POST", "/api/v1/campuses/1/dossiers",
                "{\"campaignId\":" + campaign + ",\"kind\":\"RENOUVELLEMENT\"}").statusCode()).isEqualTo(422);

        assertThat(fire(DemoAccount.DIRECTEUR, path, "deposit", "").statusCode()).as("the DO does not sign").isEqualTo(403);
        var early = fire(DemoAccount.CHEF_ETABLISSEMENT, path, "deposit", "");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(early.body()).get("detail").asString()).contains("11 critères restent sans réponse");

        long version = dossier.get("version").asLong();
        for (JsonNode answer : dossier.get("answers")) {
            var saved = send(DemoAccount.DIRECTEUR, "PUT", path + "/answers/" + answer.get("criterion").get("code").asString(),
                    "{\"text\":\"Notre réponse : 12 500 € par an\",\"facts\":[\"PLAN\"],\"version\":" + version + "}");
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
            version = json(saved).get("version").asLong();
        }
        assertThat(send(DemoAccount.DIRECTEUR, "PUT", path + "/answers/C01",
                "{\"text\":\"Trop tard\",\"version\":0}").statusCode()).as("a stale version").isEqualTo(409);

        assertThat(fire(DemoAccount.CHEF_ETABLISSEMENT, path, "deposit", "").statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(mailsTo(DemoAccount.PILOTE_ACADEMIQUE))
                .anySatisfy(mail -> assertThat(mail.subject()).endsWith(" : Déposé"))
                .anySatisfy(mail -> assertThat(mail.body()).contains("cosigner le dossier pour le rectorat")
                        .contains("/dossiers/" + id)));
        assertThat(allowed(DemoAccount.PILOTE_ACADEMIQUE, path)).containsExactlyInAnyOrder("cosign", "send-back");
        assertThat(fire(DemoAccount.ADMIN, path, "cosign", "").statusCode()).as("the administration does not co-sign")
                .isEqualTo(403);
        assertThat(fire(DemoAccount.PILOTE_ACADEMIQUE, path, "cosign", "").statusCode()).isEqualTo(200);
        assertThat(allowed(DemoAccount.PILOTE_ACADEMIQUE, path)).containsExactly("send-back");
        assertThat(fire(DemoAccount.PILOTE_REGIONAL, path, "cosign", "").statusCode()).isEqualTo(200);
        assertThat(json(get(DemoAccount.DIRECTEUR, path)).get("state").asString()).isEqualTo("COSIGNE");

        String today = LocalDate.now().toString();
        var badOpinion = fire(DemoAccount.PILOTE_REGIONAL, path, "record-opinion", "{\"body\":\"CAEN\"}");
        assertThat(badOpinion.statusCode()).isEqualTo(400);
        assertThat(badOpinion.body()).contains("\"field\":\"verdict\"");
        assertThat(fire(DemoAccount.PILOTE_ACADEMIQUE, path, "record-opinion",
                "{\"body\":\"CAEN\",\"verdict\":\"FAVORABLE\",\"givenOn\":\"" + today + "\"}").statusCode()).isEqualTo(200);
        assertThat(fire(DemoAccount.PILOTE_REGIONAL, path, "record-opinion",
                "{\"body\":\"CREFOP\",\"verdict\":\"RESERVE\",\"givenOn\":\"" + today + "\",\"text\":\"Ouvrir davantage"
                        + " aux adultes\"}").statusCode()).isEqualTo(200);
        assertThat(json(get(DemoAccount.ADMIN, path)).get("state").asString()).isEqualTo("AVIS_RECUEILLIS");

        var experts = json(get(DemoAccount.ADMIN, "/api/v1/experts"));
        assertThat(experts).hasSizeGreaterThanOrEqualTo(2);
        assertThat(fire(DemoAccount.ADMIN, path, "start-review", "").statusCode()).isEqualTo(409);
        for (JsonNode expert : experts) {
            assertThat(send(DemoAccount.ADMIN, "POST", path + "/experts", "{\"expertId\":" + expert.get("id").asLong() + "}")
                    .statusCode()).isEqualTo(204);
        }
        assertThat(fire(DemoAccount.ADMIN, path, "start-review", "").statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(mailsTo(DemoAccount.EXPERT_ENTREPRISES))
                .anySatisfy(mail -> assertThat(mail.body()).contains("déclarer l’absence de conflit d’intérêts")));
        assertThat(mailsTo(DemoAccount.ADMIN)).as("the review was the administration's to open")
                .anySatisfy(mail -> assertThat(mail.subject()).endsWith(" : Avis recueillis"));
        assertThat(json(get(DemoAccount.DIRECTEUR, path)).get("reviews")).as("hidden from the campus").isEmpty();

        for (DemoAccount expert : new DemoAccount[] { DemoAccount.EXPERT, DemoAccount.EXPERT_ENTREPRISES }) {
            assertThat(send(expert, "PUT", path + "/review/scores/C01", "{\"score\":3}").statusCode())
                    .as("no reading before the declaration").isEqualTo(422);
            assertThat(json(get(expert, path)).get("answers").get(0).get("text").isNull())
                    .as("the answers wait for the declaration").isTrue();
            assertThat(send(expert, "POST", path + "/review/no-conflict", "").statusCode()).isEqualTo(204);
            assertThat(json(get(expert, path)).get("answers").get(0).get("text").asString()).isEqualTo("Notre réponse : 12 500 € par an");
            assertThat(send(expert, "POST", path + "/review/report", "{\"verdict\":\"RESERVE\",\"report\":\"Trop tôt\"}").statusCode()).isEqualTo(422);
            for (int criterion = 1; criterion <= 11; criterion++) {
                assertThat(send(expert, "PUT", path + "/review/scores/C%02d".formatted(criterion),
                        "{\"score\":3,\"comment\":\"Satisfaisant\"}").statusCode()).isEqualTo(204);
            }
            assertThat(send(expert, "PUT", path + "/review/scores/C01", "{\"score\":5}").statusCode()).isEqualTo(400);
            assertThat(send(expert, "POST", path + "/review/report", "{\"verdict\":\"FAVORABLE\",\"report\":\"Un campus solide.\"}").statusCode())
                    .isEqualTo(204);
        }

        var tooLong = fire(DemoAccount.ADMIN, path, "decide", decision(6));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("\"field\":\"durationYears\"");
        assertThat(fire(DemoAccount.PILOTE_REGIONAL, path, "decide", decision(5)).statusCode()).isEqualTo(403);
        var decided = fire(DemoAccount.ADMIN, path, "decide", decision(5));
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        assertThat(json(decided).get("state").asString()).isEqualTo("DECIDE");
        assertThat(json(decided).get("allowedTransitions")).isEmpty();
        assertThat(json(get(DemoAccount.DIRECTEUR, path)).get("reviews")).as("shown once decided").hasSize(2);
        assertThat(json(get(DemoAccount.DIRECTEUR, path)).get("timeline")).hasSize(7);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var campus = jdbc.sql("select status, category, label_start, label_end, label_nor from campus where id = 1")
                    .query((rs, n) -> rs.getString("status") + " " + rs.getString("category") + " "
                            + rs.getObject("label_start", LocalDate.class) + " " + rs.getObject("label_end", LocalDate.class)
                            + " " + rs.getString("label_nor"))
                    .single();
            assertThat(campus).isEqualTo("LABELLISE CMQ 2027-09-01 2032-08-31 MENE2699999A");
        });
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(mailsTo(DemoAccount.DIRECTEUR))
                .anySatisfy(mail -> assertThat(mail.body()).contains("Le label est attribué, catégorie Campus des métiers"
                        + " et des qualifications, pour 5 ans à compter du 01/09/2027 (arrêté NOR MENE2699999A).")));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(mailsTo(DemoAccount.DIRECTEUR))
                .as("one e-mail per step to the campus's director").hasSize(7));
        assertThat(json(get(DemoAccount.DIRECTEUR, path)).get("notifications")).as("what was sent, on the dossier")
                .anySatisfy(sent -> assertThat(sent.get("recipient").asString()).isEqualTo(DemoAccount.DIRECTEUR.email))
                .allSatisfy(sent -> assertThat(sent.get("sent").asBoolean()).isTrue());
        assertThat(new WebSession(port).get("/campus/1").body()).as("the public page shows the arrêté")
                .contains("Du 01/09/2027 au 31/08/2032").contains("(arrêté NOR MENE2699999A)");
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'dossier' and entity_id = :id")
                .param("id", String.valueOf(id)).query(Integer.class).single()).isGreaterThanOrEqualTo(10);
        assertThat(fire(DemoAccount.ADMIN, path, "withdraw", "{\"reason\":\"Trop tard\"}").statusCode()).isEqualTo(409);

        var director = new WebSession(port);
        director.signIn(DemoAccount.DIRECTEUR.email, DemoAccount.PASSWORD);
        var pdf = director.download("/dossiers/" + id + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).as("accents and the euro sign intact").contains("Énergie et maintenance")
                    .contains("12 500 €").contains("MENE2699999A").contains("Historique du dossier")
                    .as("the experts' reports, shown once decided").contains("Un campus solide.").contains("Satisfaisant");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        var other = new WebSession(port);
        other.signIn(DemoAccount.DIRECTEUR_BOIS.email, DemoAccount.PASSWORD);
        assertThat(other.download("/dossiers/" + id + "/pdf").statusCode()).isEqualTo(403);
    }

    @Test
    void dossiersAreSeenOnlyWithinTheirScope() {
        var bois = json(get(DemoAccount.DIRECTEUR_BOIS, "/api/v1/dossiers"));
        assertThat(bois.get("content")).isNotEmpty()
                .allSatisfy(d -> assertThat(d.get("campus").get("name").asString()).isEqualTo("Bois"));
        long boisDossier = bois.get("content").get(0).get("id").asLong();
        assertThat(get(DemoAccount.DIRECTEUR, "/api/v1/dossiers/" + boisDossier).statusCode()).isEqualTo(403);
        assertThat(get(DemoAccount.EXPERT, "/api/v1/dossiers/" + boisDossier).statusCode()).isEqualTo(403);
        assertThat(json(get(DemoAccount.EXPERT, "/api/v1/dossiers")).get("content"))
                .noneSatisfy(d -> assertThat(d.get("id").asLong()).isEqualTo(boisDossier));
        assertThat(json(get(DemoAccount.ADMIN, "/api/v1/dossiers?state=BROUILLON")).get("page").get("totalElements")
                .asInt()).isGreaterThanOrEqualTo(2);
        assertThat(get(DemoAccount.ADMIN, "/api/v1/dossiers?state=PERDU").statusCode()).isEqualTo(400);
        assertThat(fire(DemoAccount.ADMIN, "/api/v1/dossiers/" + boisDossier, "envoler", "").statusCode()).isEqualTo(404);
    }

    @Test
    void aMailServerDownNeitherBlocksAStepNorLosesItsMails() {
        String bois = "/api/v1/dossiers/1";
        TestMailServer.stop();
        try {
            assertThat(fire(DemoAccount.ADMIN, bois, "withdraw", "{\"reason\":\"Le campus renonce\"}").statusCode())
                    .isEqualTo(200);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                    "select count(*) from event_publication where listener_id like '%DossierMails%' and status = 'FAILED'")
                    .query(Integer.class).single()).isEqualTo(1));
        } finally {
            TestMailServer.restart();
        }
        assertThat(json(get(DemoAccount.DIRECTEUR_BOIS, bois)).get("state").asString()).isEqualTo("RETIRE");
        assertThat(mailsTo(DemoAccount.DIRECTEUR_BOIS)).isEmpty();

        failedPublications.resubmit(ResubmissionOptions.defaults());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(mailsTo(DemoAccount.DIRECTEUR_BOIS))
                .singleElement().satisfies(mail -> assertThat(mail.body()).contains("Raison donnée : Le campus renonce")));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
                "select count(*) from event_publication where listener_id like '%DossierMails%'")
                .query(Integer.class).single()).as("done with").isZero());
    }

    @Test
    void theAdministrationExtendsTheDepositOfOneDossier() {
        long id = 0;
        for (JsonNode item : json(get(DemoAccount.ADMIN, "/api/v1/dossiers?state=BROUILLON")).get("content")) {
            if (item.get("campus").get("name").asString().startsWith("Services à la personne")) {
                id = item.get("id").asLong();
            }
        }
        String path = "/api/v1/dossiers/" + id + "/deadline";
        String until = LocalDate.now().plusMonths(3).toString();
        assertThat(send(DemoAccount.PILOTE_REGIONAL, "POST", path, "{\"until\":\"" + until + "\"}").statusCode())
                .isEqualTo(403);
        var past = send(DemoAccount.ADMIN, "POST", path, "{\"until\":\"2020-01-01\"}");
        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(past.body()).contains("\"field\":\"until\"");
        assertThat(send(DemoAccount.ADMIN, "POST", path, "{\"until\":\"" + until + "\"}").statusCode()).isEqualTo(204);
        assertThat(json(get(DemoAccount.ADMIN, "/api/v1/dossiers/" + id)).get("deadline").asString()).isEqualTo(until);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'PROLONGATION_DEPOT' and entity_id = :id")
                .param("id", String.valueOf(id)).query(Integer.class).single()).isEqualTo(1);
        assertThat(send(DemoAccount.ADMIN, "POST", "/api/v1/dossiers/" + aDepositedOne() + "/deadline",
                "{\"until\":\"" + until + "\"}").statusCode()).as("deposited: no deadline left").isEqualTo(422);
    }

    @Test
    void theListIsExportedWithTheColumnsPickedWithinTheReadersScope() {
        var session = new WebSession(port);
        session.signIn(DemoAccount.PILOTE_REGIONAL.email, DemoAccount.PASSWORD);
        var csv = session.download("/dossiers/export?colonnes=CAMPUS&colonnes=REGION&colonnes=REGION_CODE"
                + "&colonnes=STATE&colonnes=STATE_CODE&colonnes=CAEN&colonnes=DEADLINE");
        assertThat(csv.statusCode()).isEqualTo(200);
        String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"Campus\";\"Région\";\"Région (code)\";\"État\";\"État (code)\";\"Dépôt jusqu'au\";\"Avis du CAEN\"")
                .as("names for people, codes beside for machines, days the French way")
                .containsPattern("\"Matériaux composites et plastiques\";\"Grand Est\";\"44\";\"Déposé\";\"DEPOSE\";\"\\d\\d/\\d\\d/20\\d\\d\";\"\"")
                .as("another région's dossiers").doesNotContain("CosmetoPharma");
        var xlsx = session.download("/dossiers/export?format=xlsx&etat=DEPOSE");
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        assertThat(xlsx.body().length).isGreaterThan(1000);
        assertThat(session.download("/dossiers/export?colonnes=RIEN").statusCode()).isEqualTo(400);
        assertThat(new WebSession(port).download("/dossiers/export").statusCode()).as("signed in only")
                .isIn(302, 401);
    }

    @Test
    void theAutosaveAnswersTheNewVersionOrTheOtherChange() {
        JsonNode bois = json(get(DemoAccount.DIRECTEUR_BOIS, "/api/v1/dossiers")).get("content").get(0);
        long id = bois.get("id").asLong();
        long version = json(get(DemoAccount.DIRECTEUR_BOIS, "/api/v1/dossiers/" + id)).get("version").asLong();
        var director = new WebSession(port);
        director.signIn(DemoAccount.DIRECTEUR_BOIS.email, DemoAccount.PASSWORD);
        director.get("/dossiers/" + id);
        var saved = director.postFormWithHeader("/dossiers/" + id + "/reponses/C05",
                java.util.Map.of("text", "Deux BTS ouverts en 2026", "version", String.valueOf(version)), "X-Autosave", "1");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(JSON.readTree(saved.body()).get("version").asLong()).isGreaterThan(version);
        var stale = director.postFormWithHeader("/dossiers/" + id + "/reponses/C06",
                java.util.Map.of("text", "Écrit sur une page ancienne", "version", String.valueOf(version)), "X-Autosave", "1");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(stale.body()).get("message").asString()).contains("copiez votre texte");
        var unknown = director.postFormWithHeader("/dossiers/" + id + "/reponses/C99",
                java.util.Map.of("text", "?", "version", String.valueOf(version + 1)), "X-Autosave", "1");
        assertThat(unknown.statusCode()).isEqualTo(400);
    }

    @Test
    void theApiDescriptionNamesEveryTransition() {
        JsonNode spec = json(new WebSession(port).get("/api/docs"));
        var names = new java.util.ArrayList<String>();
        spec.at("/paths/~1api~1v1~1dossiers~1{id}~1transitions~1{name}/post/parameters").forEach(parameter -> {
            if (parameter.get("name").asString().equals("name")) {
                parameter.at("/schema/enum").forEach(value -> names.add(value.asString()));
            }
        });
        assertThat(names).containsExactly(java.util.Arrays.stream(Transition.values()).map(Transition::apiName)
                .toArray(String[]::new)).contains("decide");
    }

    private long aDepositedOne() {
        return json(get(DemoAccount.ADMIN, "/api/v1/dossiers?state=DEPOSE")).get("content").get(0).get("id").asLong();
    }

    private static java.util.List<TestMailServer.Received> mailsTo(DemoAccount account) {
        return TestMailServer.receivedBy(account.email);
    }

    private static String decision(int years) {
        return "{\"granted\":true,\"category\":\"CMQ\",\"durationYears\":" + years + ",\"startDate\":\"2027-09-01\","
                + "\"nor\":\"MENE2699999A\",\"decidedOn\":\"" + LocalDate.now() + "\",\"ministries\":\"Éducation nationale\"}";
    }

    private java.util.List<String> allowed(DemoAccount account, String path) {
        var names = new java.util.ArrayList<String>();
        json(get(account, path)).get("allowedTransitions").forEach(name -> names.add(name.asString()));
        return names;
    }

    private HttpResponse<String> fire(DemoAccount account, String path, String name, String body) {
        return send(account, "POST", path + "/transitions/" + name, body);
    }

    private HttpResponse<String> get(DemoAccount account, String path) {
        return new WebSession(port).getWithBasic(path, account.email, DemoAccount.PASSWORD);
    }

    private HttpResponse<String> send(DemoAccount account, String method, String path, String body) {
        return new WebSession(port).jsonWithBasic(method, path, body, account.email, DemoAccount.PASSWORD);
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isLessThan(300);
        return JSON.readTree(response.body());
    }
}
