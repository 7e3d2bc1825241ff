package fr.cmq.campus;

/** The governance bodies of the texts: the regional strategic committee, and the campus's own instances. */
public enum InstanceKind {
    COMITE_ORIENTATION_STRATEGIQUE, COMITE_PILOTAGE, CONSEIL_PERFECTIONNEMENT, ASSEMBLEE_GENERALE, AUTRE
}
