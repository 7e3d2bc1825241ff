package fr.cmq.training.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.jspecify.annotations.Nullable;

import fr.cmq.training.Formation;
import fr.cmq.training.LearnerStatus;
import fr.cmq.training.OpenStatus;

/** A formation in a list of the API: what, which level, under which statuses, by whom, where. */
record FormationItem(
        long id,
        String title,
        int level,
        List<LearnerStatus> statuses,
        @Nullable String rncpCode,
        CampusRef campus,
        MemberRef member,
        @Nullable String commune,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Double distanceKm) {

    record CampusRef(long id, String name) {
    }

    record MemberRef(String name, @Nullable String uai) {
    }

    static FormationItem of(Formation formation) {
        return new FormationItem(formation.id(), formation.title(), formation.level(),
                formation.statuses().stream().map(OpenStatus::status).toList(), formation.rncpCode(),
                new CampusRef(formation.campusId(), formation.campusName()),
                new MemberRef(formation.memberName(), formation.memberUai()), formation.commune(),
                formation.distanceKm());
    }
}
