package fr.cmq.steering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.modulith.test.Scenario;

import fr.cmq.campus.CampusRegistry;
import fr.cmq.campus.Finalite;
import fr.cmq.campus.NewCampuses;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.UserMother;
import fr.cmq.shared.test.IntegrationTest;

/** A strategic objective kept by its campus's team: versioned, so that a stale edit overwrites nothing; announced. */
@IntegrationTest
class StrategicObjectivesIT {

    private static final ObjectiveDetails ATTRACT = new ObjectiveDetails("Attirer les jeunes vers la maintenance",
            null, List.of(Finalite.ATTRACTIVITE_VOIE_PRO), 2026, 2029);

    @Autowired
    CampusPlan plan;
    @Autowired
    CampusRegistry registry;

    long campus;
    CmqUser team;

    @BeforeEach
    void aNewCampus() {
        campus = new NewCampuses(registry).campus("objectifs stratégiques");
        team = UserMother.director(campus);
    }

    @Test
    void anEditMovesTheVersionAndSaysWhoMadeIt() {
        long id = plan.addObjective(team, campus, ATTRACT);
        assertThat(plan.objective(campus, id).version()).isZero();

        plan.updateObjective(team, campus, id, 0, new ObjectiveDetails("Attirer les collégiens", "Portes ouvertes",
                List.of(Finalite.ATTRACTIVITE_VOIE_PRO, Finalite.INSERTION_PROFESSIONNELLE), 2026, 2030));

        var edited = plan.objective(campus, id);
        assertThat(edited.title()).isEqualTo("Attirer les collégiens");
        assertThat(edited.finalites()).containsExactly(Finalite.ATTRACTIVITE_VOIE_PRO, Finalite.INSERTION_PROFESSIONNELLE);
        assertThat(edited.lastYear()).isEqualTo(2030);
        assertThat(edited.version()).isEqualTo(1);
        assertThat(edited.updatedBy()).isEqualTo(team.email());
    }

    @Test
    void aStaleEditOverwritesNothing() {
        long id = plan.addObjective(team, campus, ATTRACT);
        plan.updateObjective(team, campus, id, 0, new ObjectiveDetails("Attirer les collégiens", null, List.of(),
                null, null));

        assertThatThrownBy(() -> plan.updateObjective(team, campus, id, 0, ATTRACT))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(plan.objective(campus, id).title()).isEqualTo("Attirer les collégiens");
    }

    @Test
    void anEditIsAnnouncedAsAChangeOfThePlan(Scenario scenario) {
        long id = plan.addObjective(team, campus, ATTRACT);

        scenario.stimulate(() -> plan.updateObjective(team, campus, id, 0, ATTRACT))
                .andWaitForEventOfType(SteeringEvent.PlanChanged.class)
                .matching(changed -> changed.campusId() == campus)
                .toArrive();
    }
}
