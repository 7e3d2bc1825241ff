package fr.cmq.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmq.campus.OrganisationType;
import fr.cmq.shared.FrenchCalendar;
import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.WebSession;
import fr.cmq.shared.test.IntegrationTest;

/**
 * The demonstration, started fresh, shows nothing a professional would laugh at: each formation's certification
 * suits its campus's filière as the demonstration defines it and is taught in the campus's région; events fall on
 * working days; a closed campaign had the grid of its year; the governance names people and members of the network;
 * an establishment carries a UAI only when the annuaire holds it, and one it does not hold says so on the campus page.
 */
@IntegrationTest
class DemoDataIT {

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    record Taught(String campus, String filiere, String certification, String title, String member, String town,
            boolean inRegion) {
    }

    @Test
    void eachFormationSuitsItsCampusAndIsTaughtInItsRegion() {
        var taught = jdbc.sql("""
                select c.name as campus, c.filiere_code as filiere, f.certification_id as certification,
                       k.title, m.name as member, m.commune_name as town,
                       exists (select 1 from commune t where t.name_key = town_key(m.commune_name)
                               and t.region_code = c.region_code) as in_region
                from formation f join campus c on c.id = f.campus_id join campus_member m on m.id = f.member_id
                join certification k on k.onisep_id = f.certification_id""")
                .query(Taught.class).list();
        assertThat(taught).hasSizeGreaterThan(100).allSatisfy(formation -> {
            String title = formation.title().toLowerCase(Locale.ROOT);
            assertThat(DemoTrainingOffer.ENERGY_PATH.containsKey(formation.certification())
                    || Arrays.stream(DemoTrainingOffer.THEMES.get(formation.filiere()).split(" or "))
                            .map(DemoTrainingOffer::stem).anyMatch(title::contains))
                    .as("%s taught by the campus %s", formation.title(), formation.campus()).isTrue();
            assertThat(title).doesNotContain("polynésien").doesNotContain("école");
            assertThat(formation.inRegion()).as("%s in %s, for the campus %s", formation.member(), formation.town(),
                    formation.campus()).isTrue();
        });
    }

    @Test
    void eventsFallOnWorkingDaysAndCampaignsHaveTheGridOfTheirYear() {
        assertThat(jdbc.sql("select starts_at::date from campus_event union select ends_at::date from campus_event")
                .query(LocalDate.class).list()).isNotEmpty().allSatisfy(day -> assertThat(FrenchCalendar.workingDay(day))
                        .as("%s is a working day", day).isTrue());
        assertThat(jdbc.sql("""
                select c.title || ' : ' || g.version from campaign c join criteria_grid g on g.id = c.grid_id
                where c.title like '%(clos)'""").query(String.class).list())
                .isNotEmpty().allSatisfy(line -> assertThat(line.substring(line.indexOf("projets ") + 8,
                        line.indexOf("projets ") + 12)).isEqualTo(line.substring(line.length() - 4)));
    }

    @Test
    void theGovernanceNamesPeopleAndMembersOfTheNetwork() {
        assertThat(jdbc.sql("select person_name from instance_seat").query(String.class).list())
                .allSatisfy(name -> assertThat(name).doesNotContain("Demo").doesNotContain("Exemple")
                        .doesNotContain("Fictive"));
        assertThat(jdbc.sql("""
                select s.organisation from instance_seat s join campus_instance i on i.id = s.instance_id
                where s.quality = 'CHEF_ETABLISSEMENT_SUPPORT' and s.organisation is not null
                and not exists (select 1 from campus_member m where m.campus_id = i.campus_id and m.name = s.organisation)""")
                .query(String.class).list()).as("the support's seat names a member of the network").isEmpty();
    }

    record Establishment(long campusId, String name, OrganisationType type) {
    }

    @Test
    void anEstablishmentHasAUaiOfTheAnnuaireOrSaysItHasNone() {
        assertThat(jdbc.sql("""
                select m.name || ' ' || m.uai from campus_member m
                where m.uai is not null and not exists (select 1 from establishment e where e.uai = m.uai)""")
                .query(String.class).list()).as("UAIs the annuaire does not hold").isEmpty();
        var withoutUai = jdbc.sql("""
                select m.campus_id, m.name, m.organisation_type as type from campus_member m
                where m.uai is null and m.left_on is null""")
                .query(Establishment.class).list().stream().filter(member -> member.type().listedByUai()).toList();
        var admin = WebSession.signedIn(port, DemoAccount.ADMIN);
        assertThat(withoutUai).isNotEmpty().allSatisfy(member -> {
            String page = admin.get("/campus/" + member.campusId()).body();
            assertThat(page).as("%s on its campus's page", member.name())
                    .containsPattern(java.util.regex.Pattern.quote(org.springframework.web.util.HtmlUtils.htmlEscape(member.name(), "UTF-8"))
                            + "</span>\\s*<span class=\"fr-text--xs\">\\(sans UAI : absent de l’Annuaire de l’éducation\\)");
        });
    }
}
