package fr.cmq.campus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import fr.cmq.campus.Facet;

class FranceTileMapTest {

    @Test
    void eachRegionIsALinkToItsDirectoryNamedWithItsCount() {
        String tiles = FranceTileMap.tiles(List.of(new Facet("44", "Grand Est", 3), new Facet("53", "Bretagne", 0)),
                messages());

        assertThat(tiles).contains("<a href=\"/campus?region=44\" aria-label=\"Grand Est : 3 campus\">"
                + "<title>Grand Est : 3 campus</title><rect x=\"306\" y=\"0\" width=\"96\" height=\"96\" rx=\"4\""
                + " class=\"cmq-tile--some\"></rect>");
        assertThat(tiles).contains("<text x=\"354\" y=\"72\" class=\"cmq-tile-count cmq-tile-text--some\""
                + " text-anchor=\"middle\">3</text>");
        assertThat(tiles).contains("<a href=\"/campus?region=53\"", "class=\"cmq-tile--none\"", ">BRE</text>");
    }

    @Test
    void namesAreEscapedAndRegionsWithoutAPlaceLeftOut() {
        String tiles = FranceTileMap.tiles(List.of(new Facet("11", "<script>\"Île\" & co</script>", 1),
                new Facet("99", "Nulle part", 4)), messages());

        assertThat(tiles).doesNotContain("<script>", "Nulle part")
                .contains("&lt;script&gt;&quot;Île&quot; &amp; co&lt;/script&gt; : 1 campus");
    }

    private static StaticMessageSource messages() {
        var messages = new StaticMessageSource();
        messages.addMessage("campuses.map.tile", Locale.FRANCE, "{0} : {1} campus");
        return messages;
    }
}
