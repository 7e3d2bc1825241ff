package fr.cmq.campus;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import fr.cmq.identity.UserMother;

/**
 * Campuses an integration test makes for itself through the campus module's face, so that it states what it needs
 * instead of leaning on the demonstration's campus 1: a campus of académie 12 (Nancy-Metz) in the Grand Est, whose
 * team is {@code UserMother.director(id)}. The database is put back after each test.
 */
public final class NewCampuses {

    private static final AtomicInteger NUMBER = new AtomicInteger();

    private final CampusRegistry registry;

    public NewCampuses(CampusRegistry registry) {
        this.registry = registry;
    }

    /** A campus of the energy transition filière, named after what the test is about. */
    public long campus(String about) {
        return registry.create(UserMother.nationalAdministrator(), new NewCampus(
                "Campus d'essai " + NUMBER.incrementAndGet() + " : " + about, "TRANSITION_ENERGETIQUE", Category.CMQ, "44",
                Set.of("12"), "Bassin de Thionville"));
    }
}
