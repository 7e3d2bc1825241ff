package fr.cmq.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmq.directory.Town;
import fr.cmq.directory.Towns;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;

/**
 * A town is any commune of France, typed by name (accents or not) or postal code, placed by the annuaire's
 * establishments of the commune or of its département, and said so; a town nobody knows never widens the search.
 * The demonstration annuaire holds schools of Val-de-Marne only; campus 1 is in Thionville (Moselle).
 */
@IntegrationTest
class TownSearchIT {

    @LocalServerPort
    int port;
    @Autowired
    Towns towns;
    @Autowired
    Formations formations;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCommunesOfFranceAreKnownByNameOrPostalCode() {
        assertThat(jdbc.sql("select count(*) from commune").query(Integer.class).single()).isGreaterThan(34_900);
        assertThat(towns.locate("metz")).get().satisfies(metz -> {
            assertThat(metz.code()).isEqualTo("57463");
            assertThat(metz.departementName()).isEqualTo("Moselle");
        });
        assertThat(towns.locate("57000")).get().extracting(Town::name).isEqualTo("Metz");
        assertThat(towns.locate("SAINT ETIENNE")).get().extracting(Town::code).isEqualTo("42218");
        assertThat(towns.locate("Saint-Étienne")).get().extracting(Town::code).isEqualTo("42218");
        assertThat(towns.locate("Paris")).get().extracting(Town::code).isEqualTo("75056");
        assertThat(towns.locate("75013")).get().extracting(Town::departementName).isEqualTo("Paris");
        assertThat(towns.locate("Nullepart-sur-Mer")).isEmpty();
    }

    @Test
    void aTownIsPlacedByItsEstablishmentsOrItsDepartementsOrNotAtAll() {
        assertThat(towns.locate("Créteil")).get().extracting(Town::placement).isEqualTo(Town.Placement.COMMUNE);
        var boissy = towns.locate("Boissy-Saint-Léger").orElseThrow();
        assertThat(boissy.placement()).as("no school of Boissy in the extract, but some of Val-de-Marne")
                .isEqualTo(Town.Placement.DEPARTEMENT);
        assertThat(boissy.latitude()).isBetween(48.7, 48.9);
        assertThat(towns.locate("Montpellier")).get().extracting(Town::placement).isEqualTo(Town.Placement.UNPLACED);
        assertThat(formations.locate("57100")).as("Thionville placed by the places where formations are taught")
                .get().extracting(Town::placement).isEqualTo(Town.Placement.COMMUNE);
        assertThat(formations.locate("Metz")).as("Metz by the places where formations are taught in Moselle")
                .get().extracting(Town::placement).isEqualTo(Town.Placement.DEPARTEMENT);
        assertThat(formations.locate("Montpellier")).as("no establishment nor formation in Hérault")
                .get().extracting(Town::placement).isEqualTo(Town.Placement.UNPLACED);
    }

    @Test
    void theSearchSaysWhereItLooksAndShowsNothingForATownNobodyKnows() {
        var visitor = new WebSession(port);
        String metz = visitor.get("/formations?ville=Metz&rayon=30").body();
        assertThat(metz).doesNotContain("introuvable").contains("Position approchée : aucun établissement connu à Metz")
                .contains("(Moselle)").contains("Thionville").doesNotContain("Épinal");
        assertThat(visitor.get("/formations?ville=Montpellier").body())
                .contains("Montpellier n’est pas encore situé sur la carte").contains("(Hérault)");

        String thionville = visitor.get("/formations?ville=57100&rayon=10").body();
        assertThat(thionville).contains("Autour de Thionville (Moselle)").contains("km)");

        String unknown = visitor.get("/formations?ville=Nullepart-sur-Mer&q=maintenance").body();
        assertThat(unknown).contains("id=\"ville-error\"").contains("id=\"no-formation\"")
                .contains("Aucune formation n’est montrée tant que la ville « Nullepart-sur-Mer »")
                .doesNotContain("id=\"ville-placed\"");
        assertThat(unknown).as("nothing listed").doesNotContain("fr-card__title");
    }
}
