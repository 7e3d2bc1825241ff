package fr.cmq.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LevelTest {

    @Test
    void mapsTheOldOnisepNumberingToTheNomenclatureOf2019() {
        assertThat(Level.fromOnisepRncpLevel(1)).contains(Level.NIVEAU_7);
        assertThat(Level.fromOnisepRncpLevel(2)).contains(Level.NIVEAU_6);
        assertThat(Level.fromOnisepRncpLevel(3)).contains(Level.NIVEAU_5);
        assertThat(Level.fromOnisepRncpLevel(4)).contains(Level.NIVEAU_4);
        assertThat(Level.fromOnisepRncpLevel(5)).contains(Level.NIVEAU_3);
        assertThat(Level.fromOnisepRncpLevel(8)).contains(Level.NIVEAU_8);
        assertThat(Level.fromOnisepRncpLevel(0)).as("not registered at the RNCP").isEmpty();
    }

    @Test
    void showsTheOldLevelAlongside() {
        assertThat(Level.NIVEAU_3.label()).isEqualTo("Niveau 3 (ancien niveau V) — CAP, BEP");
        assertThat(Level.of(5)).contains(Level.NIVEAU_5);
        assertThat(Level.of(2)).isEmpty();
    }
}
