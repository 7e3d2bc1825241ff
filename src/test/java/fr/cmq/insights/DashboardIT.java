package fr.cmq.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.siegmar.fastcsv.reader.CsvReader;
import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;

/**
 * The dashboards against the rows: each count equals the list behind it, for the reader's territory only; a pilot of
 * another région sees none of the first one's campuses; those who steer nothing are refused.
 */
@IntegrationTest
class DashboardIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theNationalCountsAreTheRowsAndEachCountLeadsToItsList() {
        var admin = WebSession.signedIn(port, DemoAccount.ADMIN);
        Document page = page(admin, "/pilotage");
        int campuses = jdbc.sql("select count(*) from campus").query(Integer.class).single();
        assertThat(total(page, "#pilotage-total")).isEqualTo(campuses);
        for (String table : List.of("statuts", "categories", "filieres", "regions")) {
            var rows = page.select("#table-" + table + " tbody tr");
            assertThat(rows.stream().mapToInt(DashboardIT::count).sum()).as(table).isEqualTo(campuses);
            for (Element row : rows) {
                var link = row.selectFirst("a");
                if (link != null) {
                    Document list = page(admin, link.attr("href"));
                    assertThat(list.select("#pilotage-campuses tbody tr")).as(link.attr("href")).hasSize(count(row));
                }
            }
        }
        int labelled = jdbc.sql("select count(*) from campus where status = 'LABELLISE'").query(Integer.class).single();
        assertThat(count(page.select("#table-statuts tbody tr").stream()
                .filter(row -> row.text().startsWith("Labellisé")).findFirst().orElseThrow())).isEqualTo(labelled);
        int formations = jdbc.sql("select count(*) from formation f join campus_member m on m.id = f.member_id"
                + " and m.left_on is null").query(Integer.class).single();
        assertThat(page.select("#table-niveaux tbody tr").stream().mapToInt(DashboardIT::count).sum())
                .isEqualTo(formations);
        assertThat(page.select("map-chart")).hasSize(1);
        assertThat(page.select("#table-niveaux a, #pilotage-unlinked")).as("the list of formations applies the filters")
                .isNotEmpty().allMatch(link -> link.is("a"));

        Document byStatus = page(admin, "/pilotage?statut=LABELLISE");
        assertThat(byStatus.select("#table-niveaux a, #table-dossiers a")).as("no list of formations or dossiers is"
                + " filtered by a campus's status: their counts lead nowhere rather than to a longer list").isEmpty();
        assertThat(byStatus.select("#pilotage-unlinked").text()).contains("ne se filtrent que par région et par filière");
        assertThat(byStatus.select("#table-statuts a")).as("the campuses' list applies it").isNotEmpty();
    }

    @Test
    void aRegionalPilotCountsItsRegionOnlyAndAnotherPilotNoneOfIt() {
        var pilot = WebSession.signedIn(port, DemoAccount.PILOTE_REGIONAL);
        Document page = page(pilot, "/pilotage");
        int grandEst = jdbc.sql("select count(*) from campus where region_code = '44'").query(Integer.class).single();
        assertThat(grandEst).isPositive();
        assertThat(total(page, "#pilotage-total")).isEqualTo(grandEst);
        assertThat(page.select("map-chart-reg").attr("region")).isEqualTo("GES");
        Set<String> listed = names(page(pilot, "/pilotage/campus"));
        assertThat(listed).hasSize(grandEst).isEqualTo(Set.copyOf(jdbc.sql(
                "select name from campus where region_code = '44'").query(String.class).list()));
        assertThat(total(page(pilot, "/pilotage?region=11"), "#pilotage-total")).isZero();
        assertThat(page.select("#region option[value]").eachAttr("value")).containsExactly("", "44");

        String other = jdbc.sql("select region_code from campus where region_code <> '44' group by region_code"
                + " order by count(*) desc limit 1").query(String.class).single();
        jdbc.sql("insert into user_account (email, display_name, password_hash) select 'pilote.ailleurs@cmq.test',"
                + " 'Pilote ailleurs', password_hash from user_account where email = :email")
                .param("email", DemoAccount.PILOTE_REGIONAL.email).update();
        jdbc.sql("insert into role_assignment (user_account_id, role, region_code) select id, 'PILOTE_REGIONAL', :region"
                + " from user_account where email = 'pilote.ailleurs@cmq.test'").param("region", other).update();
        var elsewhere = new WebSession(port);
        elsewhere.signIn("pilote.ailleurs@cmq.test", DemoAccount.PASSWORD);
        Set<String> theirs = names(page(elsewhere, "/pilotage/campus"));
        assertThat(theirs).isNotEmpty().doesNotContainAnyElementsOf(listed);
        assertThat(names(page(elsewhere, "/pilotage/campus?region=44"))).isEmpty();
        assertThat(total(page(elsewhere, "/pilotage?region=44"), "#pilotage-total")).isZero();
    }

    @Test
    void anExportSaysWhatThePageSaysAndOnlyThoseWhoSteerMayReadIt() {
        var pilot = WebSession.signedIn(port, DemoAccount.PILOTE_REGIONAL);
        var csv = pilot.download("/pilotage/statuts.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        var rows = CsvReader.builder().fieldSeparator(';').ofCsvRecord(new String(csv.body(),
                StandardCharsets.UTF_8).substring(1)).stream().skip(1).toList();
        int grandEst = jdbc.sql("select count(*) from campus where region_code = '44'").query(Integer.class).single();
        assertThat(rows.stream().mapToInt(row -> Integer.parseInt(row.getField(1))).sum()).isEqualTo(grandEst);
        assertThat(pilot.download("/pilotage/statuts.xlsx").statusCode()).isEqualTo(200);
        assertThat(pilot.download("/pilotage/inconnu.csv").statusCode()).isEqualTo(404);

        for (DemoAccount refused : List.of(DemoAccount.CONTACT_MEMBRE, DemoAccount.EXPERT, DemoAccount.DIRECTEUR)) {
            assertThat(WebSession.signedIn(port, refused).get("/pilotage").statusCode()).as(refused.name())
                    .isEqualTo(403);
        }
        assertThat(new WebSession(port).get("/pilotage").statusCode()).isEqualTo(302);
        assertThat(WebSession.signedIn(port, DemoAccount.PILOTE_ACADEMIQUE).get("/pilotage").statusCode())
                .isEqualTo(200);
        assertThat(page(pilot, "/espace").select("#open-pilotage").attr("href")).isEqualTo("/pilotage");
    }

    @Test
    void theIndicatorsOfSeveralCampusesAreSummedOrAveragedAsTheirUnitSays() {
        int year = LocalDate.now().getYear();
        var latest = "select value from indicator_measure where campus_id = 1 and code = :code"
                + " and extract(year from measured_on) = :year order by measured_on desc limit 1";
        var apprentices = jdbc.sql(latest).param("code", "APPRENTIS").param("year", year)
                .query(BigDecimal.class).single();
        var insertion = jdbc.sql(latest).param("code", "INSERTION_6_MOIS").param("year", year)
                .query(BigDecimal.class).single();
        // the Bois campus follows both indicators (their measures count only where they are followed) and measures them
        var followed = jdbc.sql("insert into campus_indicator (campus_id, code) values (2, 'APPRENTIS'),"
                + " (2, 'INSERTION_6_MOIS') on conflict do nothing returning code").query(String.class).list();
        jdbc.sql("insert into indicator_measure (campus_id, code, measured_on, value, recorded_by) values"
                + " (2, 'APPRENTIS', make_date(:year, 1, 10), 40, 'test'), (2, 'APPRENTIS', make_date(:year, 2, 10), 50,"
                + " 'test'), (2, 'INSERTION_6_MOIS', make_date(:year, 1, 10), 91, 'test')").param("year", year).update();
        try {
            Document page = page(WebSession.signedIn(port, DemoAccount.ADMIN), "/pilotage");
            var apprenticesRow = page.select("#indicateur-APPRENTIS td");
            assertThat(apprenticesRow.get(0).text()).isEqualTo("Somme");
            assertThat(apprenticesRow.get(1).text()).isEqualTo("2");
            assertThat(decimal(apprenticesRow.get(2).text())).isEqualByComparingTo(apprentices.add(
                    BigDecimal.valueOf(50)));
            var insertionRow = page.select("#indicateur-INSERTION_6_MOIS td");
            assertThat(insertionRow.get(0).text()).isEqualTo("Moyenne");
            assertThat(decimal(insertionRow.get(2).text())).isEqualByComparingTo(insertion.add(
                    BigDecimal.valueOf(91)).divide(BigDecimal.TWO, 1, RoundingMode.HALF_UP));
            var csv = WebSession.signedIn(port, DemoAccount.ADMIN).download("/pilotage/indicateurs.csv");
            assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("Apprentis formés")
                    .contains("Somme").contains("Moyenne");
            Document grandEst = page(WebSession.signedIn(port, DemoAccount.PILOTE_REGIONAL), "/pilotage");
            assertThat(grandEst.select("#indicateur-APPRENTIS td").get(1).text()).as("both in Grand Est").isEqualTo("2");
        } finally {
            jdbc.sql("delete from indicator_measure where recorded_by = 'test'").update();
            if (!followed.isEmpty()) {
                jdbc.sql("delete from campus_indicator where campus_id = 2 and code in (:codes)").param("codes", followed)
                        .update();
            }
        }
    }

    private static BigDecimal decimal(String shown) {
        return new BigDecimal(shown.replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
                .replace(',', '.'));
    }

    private Document page(WebSession session, String path) {
        var response = session.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private static int total(Document page, String selector) {
        String text = page.select(selector).text();
        return text.startsWith("Aucun") ? 0 : Integer.parseInt(text.replaceAll("\\D", ""));
    }

    private static int count(Element row) {
        return Integer.parseInt(row.select("td").last().text().replaceAll("\\D", ""));
    }

    private static Set<String> names(Document list) {
        return list.select("#pilotage-campuses tbody tr td:first-child").stream().map(Element::text)
                .collect(Collectors.toSet());
    }
}
