package fr.cmq.labelling;

/** What the label's lifecycle tells the other modules, after its transaction commits. */
public sealed interface LabellingEvent {

    long dossierId();

    long campusId();

    /** A dossier took a step of its lifecycle. */
    record DossierMoved(long dossierId, long campusId, Transition transition, DossierState from, DossierState to)
            implements LabellingEvent {}
}
