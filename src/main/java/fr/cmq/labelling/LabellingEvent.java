package fr.cmq.labelling;

import java.time.Instant;

/** What the label's lifecycle tells the other modules, after its transaction commits. */
public sealed interface LabellingEvent {

    long dossierId();

    long campusId();

    /** A dossier took a step of its lifecycle, at the instant its timeline keeps for that step. */
    record DossierMoved(long dossierId, long campusId, Transition transition, DossierState from, DossierState to,
            Instant at) implements LabellingEvent {}

    /** The administration reminded the experts of a dossier whose report is not in yet. */
    record ExpertsReminded(long dossierId, long campusId, Instant at) implements LabellingEvent {}
}
