package fr.cmq.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import fr.cmq.shared.CmqProperties.BaseMap;

class BaseMapTest {

    @Test
    void noTileAddressIsNoMap() {
        assertThat(new BaseMap(null, "").configured()).isFalse();
        assertThat(new BaseMap("  ", "").configured()).isFalse();
        assertThat(new BaseMap(null, "").tileOrigin()).isNull();
    }

    @Test
    void thePagesAllowImagesFromTheTilesServerAloneOrFromNoneWhenTheyAreThePlatformsOwn() {
        assertThat(new BaseMap("https://data.geopf.fr/wmts?TILEMATRIX={z}&TILEROW={y}&TILECOL={x}", "IGN").tileOrigin())
                .isEqualTo("https://data.geopf.fr");
        assertThat(new BaseMap("http://tuiles.example.org:8081/{z}/{x}/{y}.png", "").tileOrigin())
                .isEqualTo("http://tuiles.example.org:8081");
        assertThat(new BaseMap("/tuiles/{z}/{x}/{y}.png", "").tileOrigin()).isNull();
    }

    @Test
    void anAddressWithoutItsPlaceholdersOrOfAnotherSchemeIsRefusedAtStart() {
        assertThatThrownBy(() -> new BaseMap("https://tuiles.example.org/carte.png", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BaseMap("javascript:alert(1)//{z}{x}{y}", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BaseMap("https://a.example.org'; script-src *;/{z}/{x}/{y}", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
