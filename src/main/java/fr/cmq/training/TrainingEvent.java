package fr.cmq.training;

/** What happens to a campus's offer that others care about (the public pages that show it). */
public sealed interface TrainingEvent {

    long campusId();

    record FormationAdded(long campusId, long formationId) implements TrainingEvent {}

    record FormationChanged(long campusId, long formationId) implements TrainingEvent {}

    record FormationRemoved(long campusId, long formationId) implements TrainingEvent {}

    /** A parcours or a passerelle was added or removed. */
    record PathsChanged(long campusId) implements TrainingEvent {}
}
