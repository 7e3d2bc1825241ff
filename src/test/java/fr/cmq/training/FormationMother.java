package fr.cmq.training;

import java.util.List;

/** Formations as tests need them: a CAP of a campus's member, open to pupils and apprentices, at the version given. */
public final class FormationMother {

    private FormationMother() {
    }

    public static Formation formation(long id, long campusId, long memberId, String title, long version) {
        return new Formation(id, campusId, "Énergie et maintenance", memberId, "Lycée Camille Claudel", null, null,
                null, "Thionville", null, null, null, title, "CAP", null, 3,
                List.of(new OpenStatus(LearnerStatus.SCOLAIRE, 24), new OpenStatus(LearnerStatus.APPRENTISSAGE, 12)),
                "2 ans", "Septembre", AdmissionRoute.AFFELNET, true, null, null, null, null, null, version);
    }
}
