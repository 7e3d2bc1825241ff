package fr.cmq.campus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.SampleFiles;
import fr.cmq.shared.test.WebSession;

/**
 * The comité d'orientation stratégique of the Grand Est (44), whose campuses 1 and 2 are run by the demonstration
 * directors, and of Centre-Val de Loire (24), where none of the demonstration's campus accounts is.
 */
@IntegrationTest
class RegionalCommitteeIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCampusSeatsAreTheAccountsHoldingTheOfficeTodayAndADirectorWhoseGrantEndsLeavesTheComite() {
        long campus = jdbc.sql("select id from campus where region_code = '44' and status = 'LABELLISE' order by id desc"
                + " limit 1").query(Long.class).single();
        long account = jdbc.sql("insert into user_account (email, display_name, password_hash)"
                + " values ('do.comite@cmq.test', 'Gaëtan Sièges', 'x') returning id").query(Long.class).single();
        long grant = jdbc.sql("insert into role_assignment (user_account_id, role, campus_id)"
                + " values (:account, 'DIRECTEUR_OPERATIONNEL', :campus) returning id")
                .param("account", account).param("campus", campus).query(Long.class).single();
        var admin = signedIn(DemoAccount.ADMIN, "/comites/44");

        var offices = Jsoup.parse(admin.get("/comites/44").body()).select("#campus-offices tbody tr");
        assertThat(offices.text()).contains("Gaëtan Sièges");
        assertThat(offices).as("every labelled campus of the région sits, none of another").hasSize(jdbc.sql(
                "select count(*) from campus where region_code = '44' and status in ('LABELLISE', 'EN_RENOUVELLEMENT')")
                .query(Integer.class).single());

        long version = jdbc.sql("select version from user_account where id = :id").param("id", account)
                .query(Long.class).single();
        admin.get("/comptes/" + account);
        assertThat(admin.postForm("/comptes/" + account + "/roles/" + grant + "/fin",
                Map.of("version", String.valueOf(version))).statusCode()).isEqualTo(302);
        assertThat(admin.get("/comites/44").body()).as("the grant ended today: the seat is left")
                .doesNotContain("Gaëtan Sièges");
    }

    @Test
    void thePilotsOfTheRegionKeepItTheCampusTeamsReadItOthersAreRefused() {
        var regional = signedIn(DemoAccount.PILOTE_REGIONAL, "/comites/44");
        var page = Jsoup.parse(regional.get("/comites/44").body());
        assertThat(page.select("#named-seats-form")).hasSize(1);
        assertThat(regional.postForm("/comites/44/representants", Map.of("filiereCode", "NUMERIQUE",
                "personName", "<script>alert('cmq')</script>", "organisation", "Numeum")).statusCode()).isEqualTo(302);
        String shown = regional.get("/comites/44").body();
        assertThat(shown).doesNotContain("<script>alert('cmq')</script>").contains("&lt;script&gt;");
        assertThat(regional.postForm("/comites/44/representants", Map.of("filiereCode", "INCONNUE",
                "personName", "Nom")).body()).contains("Choisissez la filière représentée.");

        var academic = signedIn(DemoAccount.PILOTE_ACADEMIQUE, "/comites/44");
        String planned = LocalDate.now().plusMonths(2).toString();
        assertThat(academic.postForm("/comites/44/reunions", Map.of("heldOn", planned, "agenda", "Ordre du jour",
                "decisions", "Décidé d'avance")).body())
                .contains("Les décisions et le compte rendu s&#39;enregistrent une fois la réunion tenue.");
        assertThat(academic.postForm("/comites/44/reunions", Map.of("heldOn", planned, "agenda", "Ordre du jour prévu"))
                .statusCode()).as("the pilot of an académie of the région keeps it too").isEqualTo(302);
        assertThat(academic.get("/comites/24").statusCode()).isEqualTo(403);

        var director = signedIn(DemoAccount.DIRECTEUR, "/comites/44");
        var read = director.get("/comites/44");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(read.body()).select("#named-seats-form, a[href$=/reunions]")).isEmpty();
        assertThat(read.body()).contains("Ordre du jour prévu");
        assertThat(director.postForm("/comites/44/representants", Map.of("filiereCode", "NUMERIQUE",
                "personName", "Intrus")).statusCode()).isEqualTo(403);
        assertThat(director.get("/comites/24").statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(director.get("/comites").body()).select("#committees a").eachText())
                .containsExactly("Grand Est");

        assertThat(signedIn(DemoAccount.CONTACT_MEMBRE, "/espace").get("/comites/44").statusCode()).isEqualTo(403);
        assertThat(signedIn(DemoAccount.EXPERT, "/espace").get("/comites/44").statusCode()).isEqualTo(403);
        assertThat(signedIn(DemoAccount.ADMIN, "/espace").get("/comites/99").statusCode()).isEqualTo(404);
        assertThat(new WebSession(port).get("/comites/44").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("/connexion"));
    }

    @Test
    void twoPilotsNamingTheSeatsAtOnceDoNotOverwriteEachOther() {
        var regional = signedIn(DemoAccount.PILOTE_REGIONAL, "/comites/44");
        long version = jdbc.sql("select version from regional_committee where region_code = '44'").query(Long.class).single();
        assertThat(regional.postForm("/comites/44/membres-designes", Map.of("recteurName", "Première Rectrice",
                "presidentName", "Premier Président", "version", String.valueOf(version))).statusCode()).isEqualTo(302);
        var late = regional.postForm("/comites/44/membres-designes", Map.of("recteurName", "Seconde Rectrice",
                "presidentName", "", "version", String.valueOf(version)));
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(late.body()).select("#conflict").text()).contains("Première Rectrice");
        assertThat(Jsoup.parse(late.body()).select("#recteurName").val()).isEqualTo("Seconde Rectrice");
        assertThat(jdbc.sql("select recteur_name from regional_committee where region_code = '44'")
                .query(String.class).single()).isEqualTo("Première Rectrice");
    }

    @Test
    void aBudgetRecordsTheMeetingOfItsRegionsComiteThatEstablishedIt() {
        int year = LocalDate.now().getYear();
        long foreignMeeting = meeting("24", "<=");
        long planned = meeting("44", ">");
        var regional = signedIn(DemoAccount.PILOTE_REGIONAL, "/campus/1/budget/" + year);
        long version = jdbc.sql("select version from campus_budget where campus_id = 1 and year = :year")
                .param("year", year).query(Long.class).single();
        assertThat(Jsoup.parse(regional.get("/campus/1/budget/" + year).body()).select("#budget-established").text())
                .as("the demonstration's budget, established at the comité's last meeting").contains("Établi par le comité");

        assertThat(regional.postForm("/campus/1/budget/" + year + "/etablissement", Map.of("version",
                String.valueOf(version), "meetingId", String.valueOf(foreignMeeting))).statusCode()).isEqualTo(404);
        regional.postForm("/campus/1/budget/" + year + "/etablissement", Map.of("version", String.valueOf(version),
                "meetingId", String.valueOf(planned)));
        assertThat(regional.get("/campus/1/budget/" + year).body()).contains("lors d&#39;une réunion tenue du comité");
        assertThat(signedIn(DemoAccount.DIRECTEUR, "/campus/1/budget/" + year).postForm("/campus/1/budget/" + year
                + "/etablissement", Map.of("version", String.valueOf(version), "meetingId", String.valueOf(planned)))
                .statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select m.held_on <= current_date from campus_budget b join committee_meeting m"
                + " on m.id = b.established_at_meeting_id where b.campus_id = 1 and b.year = :year")
                .param("year", year).query(Boolean.class).single()).isTrue();
    }

    @Test
    void aCampusNoLongerAddsAComiteOfItsOwnItSitsOnItsRegions() {
        var director = signedIn(DemoAccount.DIRECTEUR, "/campus/1/gouvernance");
        var page = Jsoup.parse(director.get("/campus/1/gouvernance").body());
        assertThat(page.select("#kind option[value=COMITE_ORIENTATION_STRATEGIQUE]")).isEmpty();
        assertThat(page.select("#regional-committee a").attr("href")).isEqualTo("/comites/44");
        var refused = director.postForm("/campus/1/gouvernance", Map.of("kind", "COMITE_ORIENTATION_STRATEGIQUE",
                "name", "Comité d'orientation stratégique"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("celui de la région");
    }

    @Test
    void aMeetingHeldIsCompletedWithItsDecisionsAndMinutesWhichTheCampusTeamsReadAndNobodyOverwrites() {
        long held = meeting("44", "<=");
        long version = jdbc.sql("select version from committee_meeting where id = :id").param("id", held)
                .query(Long.class).single();
        String heldOn = jdbc.sql("select held_on::text from committee_meeting where id = :id").param("id", held)
                .query(String.class).single();
        var regional = signedIn(DemoAccount.PILOTE_REGIONAL, "/espace");
        assertThat(regional.get("/espace").body()).contains("attend ses décisions ou son compte rendu");

        regional.get("/comites/44/reunions/" + held);
        var completed = regional.postFormWithFile("/comites/44/reunions/" + held, Map.of("heldOn", heldOn,
                "agenda", "Budgets annuels des campus", "decisions", "Les budgets sont établis.",
                "version", String.valueOf(version)), "minutes", "compte-rendu.pdf", SampleFiles.PDF);
        assertThat(completed.statusCode()).isEqualTo(302);
        var late = regional.postForm("/comites/44/reunions/" + held, Map.of("heldOn", heldOn, "agenda", "Autre",
                "decisions", "Autres décisions", "version", String.valueOf(version)));
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(late.body()).select("#conflict").text()).contains("Les budgets sont établis.");
        assertThat(Jsoup.parse(late.body()).select("#decisions").text()).isEqualTo("Autres décisions");

        var director = signedIn(DemoAccount.DIRECTEUR, "/comites/44");
        var minutes = Jsoup.parse(director.get("/comites/44").body()).select("#committee-meetings a.fr-link--download");
        assertThat(minutes.text()).contains("compte-rendu.pdf");
        assertThat(director.get(minutes.attr("href")).statusCode()).isEqualTo(200);
        assertThat(signedIn(DemoAccount.CONTACT_MEMBRE, "/espace").get(minutes.attr("href")).statusCode())
                .isEqualTo(403);
        assertThat(director.get(minutes.attr("href").replace("/44/", "/24/")).statusCode()).isEqualTo(403);
        assertThat(signedIn(DemoAccount.ADMIN, "/espace").get(minutes.attr("href").replace("/44/", "/24/"))
                .statusCode()).as("minutes are served under their comité only").isEqualTo(404);
    }

    private long meeting(String region, String comparedToToday) {
        return jdbc.sql("select m.id from committee_meeting m join regional_committee rc on rc.id = m.committee_id"
                        + " where rc.region_code = :region and m.held_on " + comparedToToday + " current_date limit 1")
                .param("region", region).query(Long.class).single();
    }

    private WebSession signedIn(DemoAccount account, String page) {
        var session = new WebSession(port);
        session.get("/connexion");
        assertThat(session.signIn(account.email, DemoAccount.PASSWORD).statusCode()).isEqualTo(302);
        session.get(page);
        return session;
    }
}
