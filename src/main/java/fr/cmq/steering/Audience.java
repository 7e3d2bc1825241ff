package fr.cmq.steering;

/** Who an event is for. */
public enum Audience {
    COLLEGIENS,
    LYCEENS,
    APPRENTIS,
    ETUDIANTS,
    ADULTES,
    ENSEIGNANTS,
    ENTREPRISES,
    FAMILLES
}
