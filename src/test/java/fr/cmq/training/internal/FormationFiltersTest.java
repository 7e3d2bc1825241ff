package fr.cmq.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The beginnings a search falls back on when no formation has its words: letters and digits only, endings dropped. */
class FormationFiltersTest {

    @Test
    void eachWordLosesItsEndingAndNothingButLettersAndDigitsReachesTheQuery() {
        assertThat(FormationFilters.prefixes("Soudure, BTS")).isEqualTo("soud:* & bts:*");
        assertThat(FormationFilters.prefixes("chaudronnier l'été")).isEqualTo("chaudronn:* & l:* & été:*");
        assertThat(FormationFilters.prefixes("a & b | !c <-> d:*")).isEqualTo("a:* & b:* & c:* & d:*");
        assertThat(FormationFilters.prefixes("&|!")).isEmpty();
    }
}
