package fr.cmq.training;

/** How search results come: the best match first, the nearest first (with a place), or by level. */
public enum FormationSort {
    PERTINENCE,
    DISTANCE,
    NIVEAU
}
