package fr.cmq.training.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.cmq.training.Formation;
import fr.cmq.training.LearnerStatus;
import fr.cmq.training.OpenStatus;

class OfferCoverageTest {

    @Test
    void eachLevelCountsTheFormationsOpenToEachStatus() {
        var coverage = OfferCoverage.of(List.of(
                formation(3, LearnerStatus.SCOLAIRE),
                formation(3, LearnerStatus.SCOLAIRE, LearnerStatus.APPRENTISSAGE),
                formation(5, LearnerStatus.APPRENTISSAGE),
                formation(6, LearnerStatus.FORMATION_CONTINUE, LearnerStatus.VAE),
                formation(7)));

        assertThat(coverage.statuses()).containsExactly(LearnerStatus.values());
        assertThat(coverage.rows()).extracting(OfferCoverage.Row::level).containsExactly("CAP (niveau 3)",
                "Bac (niveau 4)", "Bac +2 (niveau 5)", "Bac +3 (niveau 6)", "Bac +5 (niveau 7)", "Doctorat (niveau 8)");
        assertThat(coverage.rows().get(0).counts()).containsExactly(2L, 1L, 0L, 0L);
        assertThat(coverage.rows().get(1).counts()).containsExactly(0L, 0L, 0L, 0L);
        assertThat(coverage.rows().get(2).counts()).containsExactly(0L, 1L, 0L, 0L);
        assertThat(coverage.rows().get(3).counts()).containsExactly(0L, 0L, 1L, 1L);
        assertThat(coverage.rows().get(4).counts()).as("a formation without status covers nothing")
                .containsExactly(0L, 0L, 0L, 0L);
    }

    private static Formation formation(int level, LearnerStatus... statuses) {
        return new Formation(level, 1, "Campus", 1, "Lycée", null, null, null, "Thionville", null, null, null,
                "Formation " + level, null, null, level,
                Arrays.stream(statuses).map(status -> new OpenStatus(status, null)).toList(), null, null, null,
                false, null, null, null, null, null, 0);
    }
}
