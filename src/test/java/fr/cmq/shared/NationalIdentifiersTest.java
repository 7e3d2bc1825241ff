package fr.cmq.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NationalIdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = { "0940176F", "0540042C", " 0940176f " })
    void acceptsUaisWithTheirCheckLetter(String text) {
        assertThat(Uai.isValid(text)).isTrue();
        assertThat(Uai.parse(text).value()).isEqualTo(text.strip().toUpperCase());
    }

    @Test
    void refusesAUaiWithTheWrongLetterAndSaysWhichIsExpected() {
        assertThatThrownBy(() -> Uai.parse("0940176G"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("UAI « 0940176G » invalide : la lettre de contrôle devrait être F");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "094017F", "09401766F", "0940176", "A940176F", "0940176I" })
    void refusesMalformedUais(String text) {
        assertThat(Uai.isValid(text)).isFalse();
        assertThatThrownBy(() -> Uai.parse(text)).isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("invalide");
    }

    @ParameterizedTest
    @ValueSource(strings = { "21940034800195", "219 400 348 00195", "73282932000074" })
    void acceptsSiretsWhoseLuhnSumIsRight(String text) {
        assertThat(Siret.isValid(text)).isTrue();
        assertThat(Siret.parse(text).siren()).hasSize(9);
    }

    @Test
    void refusesASiretWithAWrongKey() {
        assertThatThrownBy(() -> Siret.parse("21940034800196"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("clé de contrôle");
        assertThat(Siret.isValid("2194003480019")).isFalse();
        assertThat(Siret.isValid("2194003480019A")).isFalse();
    }

    @Test
    void acceptsLaPosteEstablishmentsByTheirDigitSum() {
        assertThat(Siret.isValid("35600000049837")).as("Luhn fails, digit sum is 40").isTrue();
        assertThat(Siret.isValid("35600000000048")).as("the head office passes Luhn").isTrue();
        assertThat(Siret.isValid("35600000049838")).isFalse();
        assertThat(Siret.isValid("12300000049837")).as("the exception is La Poste's alone").isFalse();
    }

    @Test
    void readsRncpCodesWithOrWithoutTheirPrefix() {
        assertThat(RncpCode.parse("7426").value()).isEqualTo("RNCP7426");
        assertThat(RncpCode.parse("rncp 35185").value()).isEqualTo("RNCP35185");
        assertThatThrownBy(() -> RncpCode.parse("RNCP")).isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> RncpCode.parse("0")).isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> RncpCode.parse("RNCP1234567")).isInstanceOf(InvalidIdentifierException.class);
    }
}
