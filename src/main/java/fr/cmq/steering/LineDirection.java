package fr.cmq.steering;

/** A budget line brings money in (a funding source) or spends it (on an action, or on the campus's running). */
public enum LineDirection {
    RESSOURCE,
    DEPENSE
}
