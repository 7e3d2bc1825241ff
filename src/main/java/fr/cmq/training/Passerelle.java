package fr.cmq.training;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/** A way from one formation to another, with its conditions: a change of status, of level or of establishment. */
public record Passerelle(long id, long campusId, StepOfPath from, StepOfPath to, @Nullable LearnerStatus fromStatus,
        @Nullable LearnerStatus toStatus, String conditions) {

    @JsonProperty
    public boolean changesStatus() {
        return fromStatus != null && toStatus != null && fromStatus != toStatus;
    }

    @JsonProperty
    public boolean changesLevel() {
        return from.level() != to.level();
    }

    @JsonProperty
    public boolean changesEstablishment() {
        return !from.memberName().equals(to.memberName());
    }
}
