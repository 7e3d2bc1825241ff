package fr.cmq.labelling;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A step of a dossier's timeline: who fired which transition, when, from where to where, and why. */
public record Step(Transition transition, DossierState from, DossierState to, String actor, @Nullable String reason,
        Instant at) {
}
